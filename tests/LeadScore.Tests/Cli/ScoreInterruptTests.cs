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
    public async Task A_run_killed_while_it_is_stage_leaves_earlier_runs_intact(string stage, string? afterLine)
    {
        var db = world.Fresh();
        var earlier = LeadScore.Scoring.ScoringRun.Execute(world.Request(db, "november"));
        Assert.True(earlier.Succeeded);
        var before = Rows(db, "november");

        var start = CliRun.Child("score", "--db", db, "--as-of", "2025-12-31",
            "--model", world.Champion, "--shadow", world.Challenger, "--run-id", "december");
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
        Assert.True(december.Count == 0 || (december.Count == 1 && december[0].Status == RunStatus.Succeeded && Count(warehouse, "december") == december[0].ScoreRows),
            $"killed while {stage}: {december.Count} attempt(s) recorded");
    }

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
