using LeadScore.Warehouse;
using System.Diagnostics;
using LeadScore.Tests.Scoring;
using LeadScore.Tests.Support;
using LeadScore.Warehouse.Scores;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Cli;

/// <summary>
/// A scoring run killed outright (SIGKILL) at any stage — building features, scoring, checking, writing — leaves the
/// runs published before it readable and unchanged, and itself either absent or, when it had committed before the
/// kill landed, published whole.
/// </summary>
[Collection(ScoringWorldCollection.Name)]
public class ScoreInterruptTests(ScoringWorld world)
{
    [Theory]
    [InlineData("building features", null)]
    [InlineData("scoring the champion", "features:")]
    [InlineData("scoring the challenger", "champion ")]
    [InlineData("writing", "checks:")]
    public Task A_run_killed_while_it_is_stage_leaves_earlier_runs_intact(string stage, string? afterLine) => KilledWhile(stage, afterLine);

    [Theory]
    [InlineData("scoring the champion inside the warehouse", "features:")]
    [InlineData("scoring the challenger inside the warehouse", "champion ")]
    public Task A_run_in_the_warehouse_killed_while_it_is_stage_leaves_earlier_runs_intact(string stage, string afterLine) =>
        KilledWhile(stage, afterLine, "--engine", "sql");

    private async Task KilledWhile(string stage, string? afterLine, params string[] more)
    {
        var db = world.Fresh();
        var earlier = LeadScore.Scoring.ScoringRun.Execute(world.Request(db, "november"));
        Assert.True(earlier.Succeeded);
        var before = Rows(db, "november");

        var start = CliRun.Child(["score", "--db", db, "--as-of", "2025-12-31",
            "--model", world.Champion, "--shadow", world.Challenger, "--run-id", "december", .. more]);
        using var process = Process.Start(start)!;
        var err = process.StandardError.ReadToEndAsync();
        if (afterLine is null)
            await Task.Delay(1_200);
        else
            while (await process.StandardOutput.ReadLineAsync() is { } line && !line.StartsWith(afterLine, StringComparison.Ordinal)) { }
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        _ = await err;

        Assert.Equal(before, Rows(db, "november"));
        using var warehouse = Store.OpenExisting(db, readOnly: true);
        var december = ScoreStore.Runs(warehouse, "december");
        Assert.True(december.Count == 0 || (december.Count == 1 && december[0].Status == AttemptStatus.Succeeded && Count(warehouse, "december") == december[0].ScoreRows),
            $"killed while {stage}: {december.Count} attempt(s) recorded");
    }

    public static TheoryData<string> Exports => new() { "score --export", "export salesforce" };

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task An_export_interrupted_while_it_writes_leaves_the_earlier_file_as_it_was(string command)
    {
        var db = world.Fresh();
        using var folder = new TempFolder();
        var file = folder.File("leads.csv");
        File.WriteAllText(file, "last month's file\n");
        if (command == "export salesforce")
        {
            Assert.Equal(0, CliRun.Of("score", "--db", db, "--as-of", "2025-12-31", "--model", world.Champion, "--run-id", "jan").ExitCode);
            // Twenty open Leads per scored advisor: an export long enough to be caught while it writes.
            using var warehouse = Store.OpenExisting(db);
            using var insert = warehouse.Connection.CreateCommand();
            insert.CommandText = "INSERT INTO raw.leads (id, fa_crd__c, stage_entered_contacting__c, is_deleted) SELECT 'T' || s.advisor_crd || '-' || r.range, " +
                                  "CAST(s.advisor_crd AS VARCHAR), TIMESTAMP '2025-11-03 09:00:00', false FROM scores.prospect_scores s, range(20) r WHERE s.run_id = 'jan'";
            insert.ExecuteNonQuery();
        }
        var start = command == "score --export"
            ? CliRun.Child("score", "--db", db, "--as-of", "2025-12-31", "--model", world.Champion, "--export", file)
            : CliRun.Child("export", "salesforce", "--db", db, "--run", "jan", "--out", file);
        using var process = Process.Start(start)!;
        var err = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        var watch = Stopwatch.StartNew();
        while (Directory.GetFiles(folder.Path, ".leads.csv.leadscore-*").Length == 0 && !process.HasExited && watch.Elapsed < TimeSpan.FromSeconds(120))
            Thread.Yield();
        Assert.False(process.HasExited, "the export finished before it could be interrupted");
        Assert.Equal(0, Kill(process.Id, SigInt));
        await process.WaitForExitAsync();
        _ = await output;
        Assert.Equal(130, process.ExitCode);
        Assert.Contains("interrupted;", await err);
        Assert.Equal("last month's file\n", File.ReadAllText(file));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.leadscore-*"));
    }

    private const int SigInt = 2;

    // The signal goes straight from this process, without starting kill(1): the moment the temporary appears matters.
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static long Count(Store warehouse, string run)
    {
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM scores.prospect_scores WHERE run_id = '{run}'";
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private static string Rows(string db, string run)
    {
        using var warehouse = Store.OpenExisting(db, readOnly: true);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = $"SELECT md5(string_agg(CAST(t AS VARCHAR), '|' ORDER BY model_version, advisor_crd)), count(*) FROM scores.prospect_scores t WHERE run_id = '{run}'";
        using var reader = command.ExecuteReader();
        reader.Read();
        return $"{reader.GetString(0)} {reader.GetInt64(1)}";
    }
}
