using LeadScore.Tests.Support;

namespace LeadScore.Tests.Cli;

public class FeaturesCommandTests
{
    [Fact]
    public void Build_training_and_audit_run_on_a_workspace_and_write_parquet()
    {
        using var folder = new TempFolder();
        string db;
        using (var w = new TinyWarehouse())
        {
            w.Firm(100, "Acme");
            for (int i = 1; i <= 6; i++) w.Contact(i).Spell(i, 100, "Acme", "2016-01-01").Lead($"L{i}", i.ToString(), "2025-03-01", i % 3 == 0 ? "2025-03-05" : null);
            db = folder.File("copy.duckdb");
            w.CopyTo(db);
        }
        var build = CliRun.Of("features", "build", "--db", db, "--as-of", "2025-06-15", "--parquet", folder.File("prospects.parquet"));
        Assert.True(build.ExitCode == 0, build.Err);
        Assert.Matches(@"features\.prospects\s*│\s*6\s*│\s*6", build.Out);
        Assert.True(File.Exists(folder.File("prospects.parquet")));

        var training = CliRun.Of("features", "training", "--db", db, "--analysis-date", "2025-12-15");
        Assert.True(training.ExitCode == 0, training.Err);
        Assert.Matches(@"features\.training\s*│\s*6\s*│\s*6\s*│\s*2", training.Out);

        var audit = CliRun.Of("features", "audit", "--db", db, "--as-of", "2025-06-15");
        Assert.True(audit.ExitCode == 0, audit.Err);
        Assert.Contains("0 rows changed -> PASS", audit.Out);
        Assert.Matches(@"G4\.4\s*│ values that differ when 100 leads are computed on their own\s*│ 0\s*│ pass", audit.Out);

        var bad = CliRun.Of("features", "build", "--db", db, "--as-of", "2025-13-01");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("--as-of: '2025-13-01' is not a date (YYYY-MM-DD)", bad.Err);
    }
}
