using LeadScore.Warehouse;
using System.Diagnostics;
using System.Globalization;
using LeadScore.Tests.Lists;
using LeadScore.Tests.Support;
using LeadScore.Warehouse.Lists;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Cli;

/// <summary>
/// <c>leadscore leadlist</c> and <c>leadlist explain</c> on copies of the full-scale month: the export and chart, the
/// exit codes, every bad input refused in one line with the published list untouched, and a build killed at any stage.
/// </summary>
[Collection(ListWorldCollection.Name)]
public class LeadListCommandTests(ListWorld world)
{
    private static (long Leads, string Status, string Hash) Published(string db, string month = ListWorld.Month)
    {
        using var warehouse = Store.OpenExisting(db, readOnly: true);
        var run = ListStore.Published(warehouse, month);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = $"SELECT count(*), coalesce(sum(hash(advisor_crd, sga_id, list_rank, final_tier)), 0) FROM lists.leads WHERE list_id = '{month}'";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), run?.Status ?? "none", Convert.ToString(reader.GetValue(1), CultureInfo.InvariantCulture)!);
    }

    [Fact]
    public void A_rebuild_publishes_the_list_the_export_csv_and_the_per_rep_chart()
    {
        var db = world.Fresh();
        using var folder = new TempFolder();
        var csv = folder.File("january.csv");
        var run = CliRun.Of("leadlist", "--db", db, "--month", "2026-01", "--out", csv);
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("published list 2026-01 (attempt 2): 2,800 leads", run.Out, StringComparison.Ordinal);
        Assert.Contains("spread of expected conversions per rep", run.Out, StringComparison.Ordinal);
        var lines = File.ReadAllLines(csv);
        Assert.Equal(2801, lines.Length);
        Assert.StartsWith("advisor_crd,salesforce_lead_id,first_name,last_name,job_title,email,phone,linkedin_url,firm_name,firm_crd,score_tier,original_v3_tier," +
                          "expected_rate_pct,score_narrative,v4_score,v4_percentile,is_high_v4_standard,v4_status,shap_top1_feature,shap_top2_feature,shap_top3_feature," +
                          "prospect_type,sga_owner,sga_id,list_rank", lines[0], StringComparison.Ordinal);
        Assert.Contains("<svg", File.ReadAllText(folder.File("january-reps.svg")), StringComparison.Ordinal);
        using var warehouse = Store.OpenExisting(db, readOnly: true);
        Assert.Equal([AttemptStatus.Replaced, AttemptStatus.Succeeded], ListStore.Runs(warehouse, "2026-01").Select(r => r.Status));
    }

    [Fact]
    public void Explain_says_where_an_advisor_stands_and_why()
    {
        long onList, dropped;
        using (var warehouse = Store.OpenExisting(world.Database, readOnly: true))
        using (var command = warehouse.Connection.CreateCommand())
        {
            command.CommandText = "SELECT (SELECT min(advisor_crd) FROM lists.leads), (SELECT min(advisor_crd) FROM lists.dropped WHERE step = 'firm_exclusion')";
            using var reader = command.ExecuteReader();
            reader.Read();
            (onList, dropped) = (reader.GetInt64(0), reader.GetInt64(1));
        }
        var on = CliRun.Of("leadlist", "explain", onList.ToString(CultureInfo.InvariantCulture), "--db", world.Database);
        Assert.Equal(0, on.ExitCode);
        Assert.Matches($"^advisor {onList} is on list 2026-01: rank \\d+, \\w+, V4 percentile \\d+, assigned to .+", on.Out.Trim());
        var off = CliRun.Of("leadlist", "explain", dropped.ToString(CultureInfo.InvariantCulture), "--db", world.Database, "--month", "2026-01");
        Assert.Contains("dropped at step firm_exclusion: firm name matches excluded pattern", off.Out, StringComparison.Ordinal);
        var nobody = CliRun.Of("leadlist", "explain", "1", "--db", world.Database);
        Assert.Contains("is not in list 2026-01's pool", nobody.Out, StringComparison.Ordinal);
    }

    public static TheoryData<string[], string> BadInputs => new()
    {
        { ["--month", "2026-1"], "--month '2026-1' is not a month" },
        { ["--month", "2026-03"], "no successful scoring run for 2026-03" },
        { ["--month", "2026-01", "--run", "2025-11-30"], "--run 2025-11-30: the warehouse has no scoring run of that name" },
        { ["--month", "2026-01", "--policy", "nowhere.json"], "--policy nowhere.json: no such file" },
        { ["--month", "2026-01", "--per-sga", "0"], "--per-sga: '0' must be a positive number" },
        { ["--month", "2026-01", "--out", "list.parquet"], "--out" },
        { ["--month", "2026-01", "--out", "/nonexistent/folder/list.csv"], "the folder /nonexistent/folder does not exist" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void A_bad_input_is_one_line_and_the_published_list_is_untouched(string[] args, string message)
    {
        var before = Published(world.Database);
        var run = CliRun.Of(["leadlist", "--db", world.Database, .. args]);
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrLines);
        Assert.Contains(message, run.Err, StringComparison.Ordinal);
        Assert.Equal(before, Published(world.Database));
    }

    [Theory]
    [InlineData("12x", null, "CRD: '12x' is not an advisor CRD (digits only)")]
    [InlineData("123", "2026-02", "'2026-02' has no published lead list in")]
    [InlineData("123", "2026-2", "--month '2026-2' is not a month")]
    public void Explain_refuses_a_bad_crd_or_a_month_without_a_list_in_one_line(string crd, string? month, string message)
    {
        var run = CliRun.Of(["leadlist", "explain", crd, "--db", world.Database, .. month is null ? Array.Empty<string>() : ["--month", month]]);
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrLines);
        Assert.Contains(message, run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_export_may_not_overwrite_the_warehouse()
    {
        var before = File.GetLastWriteTimeUtc(world.Database);
        var run = CliRun.Of("leadlist", "--db", world.Database, "--month", "2026-01", "--out", world.Database + ".csv", "--chart", world.Database);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--chart", run.Err, StringComparison.Ordinal);
        Assert.Equal(before, File.GetLastWriteTimeUtc(world.Database));
    }

    [Fact]
    public void The_export_may_not_overwrite_an_input_file()
    {
        using var folder = new TempFolder();
        var rules = folder.File("rules.csv");   // a rules file whatever its name
        File.WriteAllText(rules, RuleSetText());
        var before = File.ReadAllText(rules);
        var run = CliRun.Of("leadlist", "--db", world.Database, "--month", "2026-01", "--rules", rules, "--out", rules);
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrLines);
        Assert.Contains("--out", run.Err, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(rules));
    }

    private static string RuleSetText() => LeadScore.Lists.Rules.RuleSet.BuiltinText();

    [Theory]
    [InlineData("pool: ")]
    [InlineData("published list ")]
    public async Task A_build_killed_before_its_export_is_complete_leaves_the_earlier_export_as_it_was(string afterLine)
    {
        var db = world.Fresh();
        using var folder = new TempFolder();
        var csv = folder.File("january.csv");
        File.WriteAllText(csv, "last month's file\n");
        using var process = Process.Start(CliRun.Child("leadlist", "--db", db, "--month", "2026-01", "--out", csv))!;
        var err = process.StandardError.ReadToEndAsync();
        while (await process.StandardOutput.ReadLineAsync() is { } line && !line.StartsWith(afterLine, StringComparison.Ordinal)) { }
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        _ = await err;
        // Either the earlier file, untouched, or (when the kill came after the rename) the whole new export.
        var lines = File.ReadAllLines(csv);
        Assert.True(lines is ["last month's file"] || lines.Length == 2801, $"killed after '{afterLine}': {lines.Length} lines");
    }

    [Fact]
    public void A_rules_file_with_an_error_names_its_line_and_nothing_is_built()
    {
        using var folder = new TempFolder();
        var rules = folder.File("rules.yaml");
        File.WriteAllText(rules, "version: v9\ndefault: { name: STANDARD, priority: 99, tier_rate: 0.025 }\ntiers:\n  - name: T\n    priority: 1\n    tier_rate: 0.05\n    when: { tenure_yeers: 1..3 }\n");
        var run = CliRun.Of("leadlist", "--db", world.Database, "--month", "2026-01", "--rules", rules);
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrLines);
        Assert.Contains("line 7", run.Err, StringComparison.Ordinal);
        Assert.Contains("tenure_yeers", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pool_too_small_fails_with_exit_3_unless_a_short_list_is_allowed()
    {
        var db = world.Fresh();
        var before = Published(db);
        var failed = CliRun.Of("leadlist", "--db", db, "--month", "2026-01", "--per-sga", "5000");
        Assert.Equal(3, failed.ExitCode);
        Assert.Contains("short of 14 reps × 5000 = 70,000", failed.Err, StringComparison.Ordinal);
        Assert.Contains("--allow-short", failed.Err, StringComparison.Ordinal);
        Assert.Equal(before, Published(db));

        var allowed = CliRun.Of("leadlist", "--db", db, "--month", "2026-01", "--per-sga", "5000", "--allow-short");
        Assert.True(allowed.ExitCode == 0, allowed.Err);
        using var warehouse = Store.OpenExisting(db, readOnly: true);
        var run = ListStore.Published(warehouse, "2026-01")!;
        Assert.StartsWith("the list is ", run.Reason, StringComparison.Ordinal);
        Assert.Contains("short of 14 reps × 5000 = 70,000", run.Reason, StringComparison.Ordinal);
        Assert.True(run.Leads < 70_000 && run.Leads > 2800);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("pool: ")]
    [InlineData("assignment ")]
    public async Task A_build_killed_at_any_stage_leaves_the_published_list_intact(string? afterLine)
    {
        var db = world.Fresh();
        var before = Published(db);
        using var process = Process.Start(CliRun.Child("leadlist", "--db", db, "--month", "2026-01"))!;
        var err = process.StandardError.ReadToEndAsync();
        if (afterLine is null) await Task.Delay(1_500);
        else while (await process.StandardOutput.ReadLineAsync() is { } line && !line.StartsWith(afterLine, StringComparison.Ordinal)) { }
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        _ = await err;

        var after = Published(db);
        using var warehouse = Store.OpenExisting(db, readOnly: true);
        var attempts = ListStore.Runs(warehouse, "2026-01");
        // Either the kill landed before the commit (the earlier list as it was), or after it (the new list, whole).
        Assert.True(after == before || (attempts.Count == 2 && attempts[1].Status == AttemptStatus.Succeeded && after.Leads == 2800),
            $"killed after '{afterLine}': {after} vs {before}, {attempts.Count} attempts");
    }
}
