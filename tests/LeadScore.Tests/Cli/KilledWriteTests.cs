using LeadScore.Backtest;
using LeadScore.Tests.Backtest;
using LeadScore.Tests.Reports;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Cli;

/// <summary>
/// <c>backtest --json</c> and <c>report readiness --out</c> killed outright while they work: the earlier file is either
/// as it was or replaced whole, never half written.
/// </summary>
[Collection(TimingSensitive.Name)]
public class KilledWriteTests
{
    [Fact]
    public async Task A_backtest_killed_before_its_json_is_written_leaves_the_earlier_json()
    {
        using var folder = new TempFolder();
        var json = folder.File("bt.json");
        File.WriteAllText(json, "the backtest of last month");
        await KilledRun.After(["backtest", "--champion", BacktestLeadsFile.Champion(folder), "--challenger", BacktestLeadsFile.Challenger(folder),
            "--data", BacktestLeadsFile.Write(folder, rows: 60_000), "--window", "2025-01-01..2025-06-30", "--bootstrap", "5000", "--json", json],
            "60,000 leads contacted");
        var text = File.ReadAllText(json);
        if (text != "the backtest of last month") Assert.Equal(60_000, BacktestResult.Read(json).Leads);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(700)]
    [InlineData(1100)]
    public async Task A_report_killed_at_any_moment_leaves_the_earlier_report_or_the_whole_new_one(int delayMs)
    {
        using var folder = new TempFolder();
        var built = SomeReadiness.Registry(folder);
        string[] Args(string target) => ["report", "readiness", "--registry", built.Path, "--challenger", "v2", "--out", target, "--generated", "2026-01-05T09:00:00Z"];
        var full = folder.File("full.md");
        Assert.Equal(0, CliRun.Of(Args(full)).ExitCode);
        var report = folder.File("report.md");
        File.WriteAllText(report, "an earlier report\n");
        await KilledRun.After(Args(report), null, delayMs);
        var text = File.ReadAllText(report);
        Assert.True(text == "an earlier report\n" || text == File.ReadAllText(full), $"killed after {delayMs} ms: a partial report of {text.Length} characters");
    }
}
