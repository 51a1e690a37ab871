using LeadScore.Tests.Support;
using LeadScore.Warehouse.Outcomes;

namespace LeadScore.Tests.Cli;

/// <summary>
/// <c>leadscore outcomes import</c> on a warehouse with two published lists (<see cref="OutcomeWarehouse"/>): the
/// summary it prints, the same file twice, a bad file and a mistyped warehouse refused in one line with nothing written.
/// </summary>
public sealed class OutcomesCommandTests : IDisposable
{
    private readonly OutcomeWarehouse world = new();

    public void Dispose() => world.Dispose();

    private string January() => world.Csv("january.csv",
        "00QA,106,2026-01-12,,Contacting",
        "00QB,107,2026-01-13,2026-01-20,Call Scheduled",
        "00QC,101,2026-01-05,,Contacting",
        "00QD,999,2026-01-08,,Contacting",
        "00QE,998,2025-12-22,2026-01-02,Call Scheduled");

    private List<string> Outcomes()
    {
        using var warehouse = world.Open();
        return OutcomeWarehouse.Dump(warehouse, OutcomeStore.OutcomesTable).Concat(OutcomeWarehouse.Dump(warehouse, OutcomeStore.HistoryTable))
            .Concat(OutcomeWarehouse.Dump(warehouse, OutcomeStore.ImportsTable)).ToList();
    }

    [Fact]
    public void An_import_prints_its_rows_new_updated_unchanged_leads_on_no_list_and_each_lists_coverage()
    {
        var run = CliRun.Of("outcomes", "import", January(), "--db", world.Path);
        Assert.True(run.ExitCode == 0, run.Err);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^import 1: .*january\.csv \(sha256 [0-9a-f]{12}…\), 5 rows, 5 leads: 5 new, 0 updated, 0 unchanged; 2 on no list \(\d+\.\d\d s\)$", lines[0]);
        Assert.Equal(["on no list: 2 lead(s), contacted in 2025-12 (1), 2026-01 (1); no published list of their contact month or the month before holds their advisor (kept in monitor.outcomes with list_id NULL)",
            "list 2025-12: 1 of its 5 leads have outcomes, 0 with a call scheduled",
            "list 2026-01: 2 of its 5 leads have outcomes, 1 with a call scheduled"], lines[1..]);
    }

    [Fact]
    public void The_same_file_again_is_recorded_and_changes_no_lead()
    {
        var file = January();
        Assert.Equal(0, CliRun.Of("outcomes", "import", file, "--db", world.Path).ExitCode);
        var again = CliRun.Of("outcomes", "import", file, "--db", world.Path);
        Assert.True(again.ExitCode == 0, again.Err);
        Assert.Contains("5 rows, 5 leads: 0 new, 0 updated, 5 unchanged; 2 on no list", again.Out, StringComparison.Ordinal);
        Assert.Contains("the same file as import 1 (january.csv, ", again.Out, StringComparison.Ordinal);
        Assert.Contains("UTC): no lead changed", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_file_is_one_error_line_exit_1_and_nothing_imported()
    {
        Assert.Equal(0, CliRun.Of("outcomes", "import", January(), "--db", world.Path).ExitCode);
        var before = Outcomes();
        var future = world.Csv("future.csv", "00QA,106,2026-01-12,2099-01-05,Call Scheduled");
        var run = CliRun.Of("outcomes", "import", future, "--db", world.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrLines);
        Assert.Matches(@"^error: .*future\.csv: a call_scheduled_date after today \(\d{4}-\d\d-\d\d, UTC\) at row\(s\) 1; monitor\.outcomes cannot hold that, so the file was refused: fix those rows\. Nothing was loaded\.$", run.ErrLines[0]);
        Assert.Equal("", run.Out);
        Assert.Equal(before, Outcomes());
    }

    [Fact]
    public void A_mistyped_warehouse_is_refused_and_not_created()
    {
        var db = world.File("wharehouse.duckdb");
        var run = CliRun.Of("outcomes", "import", January(), "--db", db);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"error: {db}: no warehouse there; pass --db with an existing warehouse (warehouse init, warehouse import or synth create one)."], run.ErrLines);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void A_missing_file_is_named_by_its_argument()
    {
        var run = CliRun.Of("outcomes", "import", world.File("nope.csv"), "--db", world.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: FILE ", run.ErrLines.Single(), StringComparison.Ordinal);
        Assert.Contains("nope.csv: no such file or folder", run.Err, StringComparison.Ordinal);
    }

    public static TheoryData<string[], string> BadSynthOptions => new()
    {
        { ["--list", "2026-02"], "error: --list: '2026-02' has no published lead list in this warehouse (published: 2025-12, 2026-01); build it with `leadscore leadlist --month 2026-02`." },
        { ["--list", "2026-1"], "error: --list: '2026-1' is not a month; write it as YYYY-MM, e.g. 2026-01." },
        { ["--list", "2026-01"], "error: {db}: no synth.advisor_truth, so no true probability to draw outcomes from; synthetic outcomes need a warehouse filled by `leadscore synth`." },
        { ["--list", "2026-01", "--days", "0"], "error: --days: '0' must be a positive number of days." },
        { ["--list", "2099-01"], "error: --days: an export 60 days after 2099-01-01 would be taken on 2099-03-02, after today (" },
        { ["--list", "2026-01", "--out", "{db}"], "error: --out {db}: the name must end in .csv or .parquet" },
    };

    [Theory]
    [MemberData(nameof(BadSynthOptions))]
    public void Synth_outcomes_refuses_a_list_warehouse_or_day_it_cannot_draw_from_and_writes_nothing(string[] options, string expected)
    {
        var output = world.File("drawn.csv");
        string[] args = ["synth", "outcomes", "--db", world.Path, "--scenario", "healthy", .. options];
        if (!options.Contains("--out")) args = [.. args, "--out", output];
        var run = CliRun.Of(args.Select(a => a.Replace("{db}", world.Path, StringComparison.Ordinal)).ToArray());
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(expected.Replace("{db}", world.Path, StringComparison.Ordinal), run.ErrLines.Single(), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }
}
