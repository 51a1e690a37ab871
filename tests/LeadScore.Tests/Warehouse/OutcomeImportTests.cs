using LeadScore.Tests.Support;
using LeadScore.Warehouse;
using LeadScore.Warehouse.Outcomes;

namespace LeadScore.Tests.Warehouse;

/// <summary>
/// <c>outcomes import</c> in the warehouse layer, on two lists published by the list build (December 2025: advisors
/// 101–105; January 2026: 106–110): every refusal leaves the monitoring tables as they were, the same file twice
/// changes nothing, a later file's changes keep the history, and each lead is joined to the list that produced it.
/// </summary>
public sealed class OutcomeImportTests : IDisposable
{
    private readonly OutcomeWarehouse world = new();

    public void Dispose() => world.Dispose();

    private static readonly string[] Tables = [OutcomeStore.ImportsTable, OutcomeStore.OutcomesTable, OutcomeStore.HistoryTable];

    private OutcomeImportResult Import(string file)
    {
        using var warehouse = world.Open();
        return OutcomeImport.Run(warehouse, file, OutcomeWarehouse.Today);
    }

    private Dictionary<string, List<string>> Snapshot()
    {
        using var warehouse = world.Open();
        return Tables.ToDictionary(t => t, t => OutcomeWarehouse.Dump(warehouse, t));
    }

    private Dictionary<string, object?> Outcome(string leadId)
    {
        using var warehouse = world.Open();
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {OutcomeStore.OutcomesTable} WHERE lead_id = '{leadId}'";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), $"no outcome for {leadId}");
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i));
    }

    private string Good() => world.Csv("good.csv",
        "00QA,106,2026-01-12,,Contacting",
        "00QB,107,2026-01-13,2026-01-20,Call Scheduled",
        "00QC,101,2026-01-05,,Contacting");

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "notes.txt", "Dear team,\nhere are January's outcomes.\n", "notes.txt: not a table of lead outcomes (a .txt file, not .csv or .parquet)" },
        { "empty.csv", "", "empty.csv: not a table of lead outcomes (the file is empty)" },
        { "letter.csv", "Dear team\nhere are the outcomes\n", "letter.csv: not a table of lead outcomes (its header row names none of the outcome columns; it names 'Dear team')" },
        { "image.parquet", "\u0089PNG not a parquet file", "image.parquet: not a table of lead outcomes (not a Parquet file: it does not start with PAR1)" },
        { "header-only.csv", OutcomeWarehouse.Header + "\n", "header-only.csv: the file has no rows; nothing to load." },
        { "extra.csv", OutcomeWarehouse.Header + ",owner,Notes\n00QA,106,2026-01-12,,Contacting,Alex,x\n",
            "extra.csv: unknown column(s) 'owner', 'Notes'; an outcomes file has the columns lead_id, advisor_crd, contacted_date, call_scheduled_date and optionally status: rename or remove the others. Nothing was loaded." },
        { "missing.csv", "lead_id,advisor_crd,contacted_date\n00QA,106,2026-01-12\n",
            "missing.csv: lacks column(s) call_scheduled_date; an outcomes file needs lead_id, advisor_crd, contacted_date and call_scheduled_date (empty when the lead has not converted), and may have status. Nothing was loaded." },
        { "baddate.csv", OutcomeWarehouse.Header + "\n00QA,106,2026-01-12,,\n00QB,107,01/13/2026,,\n00QC,108,2026-02-30,,\n",
            "baddate.csv: column 'contacted_date' must be DATE, but holds '01/13/2026', '2026-02-30', first at row(s) 2, 3; fix those values. Nothing was loaded." },
        { "badcall.csv", OutcomeWarehouse.Header + "\n00QA,106,2026-01-12,soon,\n",
            "badcall.csv: column 'call_scheduled_date' must be DATE, but holds 'soon', first at row(s) 1; fix those values. Nothing was loaded." },
        { "nodate.csv", OutcomeWarehouse.Header + "\n00QA,106,2026-01-12,,\n00QB,107,,,\n",
            "nodate.csv: column 'contacted_date' is empty at row(s) 2, and the table requires a value there. Nothing was loaded." },
        { "noid.csv", OutcomeWarehouse.Header + "\n ,106,2026-01-12,,\n", "noid.csv: column 'lead_id' is empty at row(s) 1" },
        { "future.csv", OutcomeWarehouse.Header + "\n00QA,106,2026-01-12,,\n00QB,107,2026-04-01,,\n00QC,108,2026-12-01,,\n",
            "future.csv: a contacted_date after today (2026-03-31, UTC) at row(s) 2, 3; monitor.outcomes cannot hold that, so the file was refused: fix those rows. Nothing was loaded." },
        { "futurecall.csv", OutcomeWarehouse.Header + "\n00QA,106,2026-01-12,2026-04-02,Call Scheduled\n",
            "futurecall.csv: a call_scheduled_date after today (2026-03-31, UTC) at row(s) 1" },
        { "early.csv", OutcomeWarehouse.Header + "\n00QA,106,2026-01-12,,\n00QB,107,2026-01-13,2026-01-10,Call Scheduled\n",
            "early.csv: a call scheduled before the lead was contacted (call_scheduled_date before contacted_date) at row(s) 2; monitor.outcomes cannot hold that" },
        { "twice.csv", OutcomeWarehouse.Header + "\n00QA,106,2026-01-12,,Contacting\n00QB,107,2026-01-13,,\n00QA,106,2026-01-12,2026-01-14,Call Scheduled\n",
            "twice.csv: a lead appears more than once with different values (lead 00QA at rows 1, 3); the file must give one state per lead: keep each lead's latest row. Nothing was loaded." },
        { "crd.csv", OutcomeWarehouse.Header + "\n00QA,106,2026-01-12,,\n00QB,CRD 107,2026-01-13,,\n00QC,-3,2026-01-13,,\n00QD,0,2026-01-13,,\n00QE,12.5,2026-01-13,,\n",
            "crd.csv: column 'advisor_crd' must hold an advisor CRD, a positive whole number, but holds 'CRD 107', '-3', '0', '12.5', first at row(s) 2, 3, 4, 5; fix those values. Nothing was loaded." },
        { "nocrd.csv", OutcomeWarehouse.Header + "\n00QA,,2026-01-12,,\n", "nocrd.csv: column 'advisor_crd' is empty at row(s) 1" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_file_is_refused_with_one_line_and_nothing_is_written(string name, string text, string expected)
    {
        Import(Good());
        var before = Snapshot();
        var file = world.Text(name, text);
        using (var warehouse = world.Open())
        {
            var error = Assert.Throws<WarehouseException>(() => OutcomeImport.Run(warehouse, file, OutcomeWarehouse.Today));
            Assert.Contains(expected, error.Message);
            Assert.DoesNotContain('\n', error.Message);
        }
        Assert.Equal(before, Snapshot());
        Assert.Equal([1, 3, 3], Tables.Select(t => before[t].Count));
    }

    [Fact]
    public void A_refused_first_file_creates_no_monitoring_table()
    {
        var file = world.Csv("future.csv", "00QA,106,2027-01-12,,");
        using var warehouse = world.Open();
        Assert.Throws<WarehouseException>(() => OutcomeImport.Run(warehouse, file, OutcomeWarehouse.Today));
        Assert.All(Tables, t => Assert.False(warehouse.HasTable(t), t));
    }

    [Fact]
    public void The_same_file_twice_changes_neither_the_outcomes_nor_their_history()
    {
        var file = Good();
        var first = Import(file);
        Assert.Equal((3L, 3L, 0L, 0L), (first.Rows, first.New, first.Updated, first.Unchanged));
        Assert.Null(first.SameContentAs);
        var after = Snapshot();

        var second = Import(file);
        Assert.Equal((3L, 0L, 0L, 3L, 2), (second.Rows, second.New, second.Updated, second.Unchanged, second.Record.ImportId));
        Assert.Equal(1, second.SameContentAs?.ImportId);
        var again = Snapshot();
        Assert.Equal(after[OutcomeStore.OutcomesTable], again[OutcomeStore.OutcomesTable]);
        Assert.Equal(after[OutcomeStore.HistoryTable], again[OutcomeStore.HistoryTable]);
        using var warehouse = world.Open();
        var imports = OutcomeStore.Imports(warehouse);
        Assert.Equal([(1, 3L, 0L), (2, 0L, 3L)], imports.Select(i => (i.ImportId, i.NewLeads, i.Unchanged)));
        Assert.Equal(imports[0].FileSha256, imports[1].FileSha256);
        Assert.Equal("good.csv", imports[1].FileName);
    }

    [Fact]
    public void A_later_file_that_changes_a_conversion_updates_the_lead_and_keeps_every_version()
    {
        Import(Good());
        var later = world.Csv("later.csv",
            "00QA,106,2026-01-12,2026-02-03,Call Scheduled",    // converted since
            "00QB,107,2026-01-13,2026-01-21,Call Scheduled",    // the call moved a day
            "00QC,101,2026-01-05,,Contacting",                  // unchanged
            "00QD,108,2026-02-02,,Contacting");                 // new
        var result = Import(later);
        Assert.Equal((1L, 2L, 1L), (result.New, result.Updated, result.Unchanged));

        var a = Outcome("00QA");
        Assert.Equal((new DateOnly(2026, 2, 3), "Call Scheduled", 1, 2), ((DateOnly?)a["call_scheduled_date"], (string?)a["status"], (int)a["first_import"]!, (int)a["last_import"]!));
        Assert.Equal((1, 1), ((int)Outcome("00QC")["first_import"]!, (int)Outcome("00QC")["last_import"]!));
        using var warehouse = world.Open();
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = $"SELECT lead_id, import_id, coalesce(CAST(call_scheduled_date AS VARCHAR), '-'), status FROM {OutcomeStore.HistoryTable} ORDER BY lead_id, import_id";
        using var reader = command.ExecuteReader();
        var history = new List<string>();
        while (reader.Read()) history.Add($"{reader.GetString(0)} {reader.GetInt32(1)} {reader.GetString(2)} {reader.GetString(3)}");
        Assert.Equal(["00QA 1 - Contacting", "00QA 2 2026-02-03 Call Scheduled", "00QB 1 2026-01-20 Call Scheduled", "00QB 2 2026-01-21 Call Scheduled",
            "00QC 1 - Contacting", "00QD 2 - Contacting"], history);
    }

    [Fact]
    public void A_file_without_a_status_column_leaves_the_stored_statuses()
    {
        Import(Good());
        var result = Import(world.Text("nostatus.csv", "lead_id,advisor_crd,contacted_date,call_scheduled_date\n00QA,106,2026-01-12,\n00QB,107,2026-01-13,2026-01-22\n"));
        Assert.Equal((0L, 1L, 1L), (result.New, result.Updated, result.Unchanged));
        Assert.Equal("Call Scheduled", Outcome("00QB")["status"]);
        Assert.Equal("Contacting", Outcome("00QA")["status"]);
    }

    [Fact]
    public void Each_lead_is_joined_to_the_list_of_its_contact_month_else_the_month_before_else_none()
    {
        var result = Import(world.Csv("lists.csv",
            "L1,106,2026-01-10,,",      // January's list holds 106
            "L2,101,2026-01-05,,",      // January's does not hold 101, December's does: worked into the next month
            "L3,101,2025-12-20,,",      // December's own
            "L4,107,2026-02-03,,",      // no February list; January's holds 107
            "L5,999,2026-01-08,,",      // on no list
            "L6,106,2026-03-02,,",      // two months after January's list
            "L7,106,2025-12-15,,"));    // before January's list, and December's does not hold 106
        string? List(string lead) => (string?)Outcome(lead)["list_id"];
        Assert.Equal(["2026-01", "2025-12", "2025-12", "2026-01", null, null, null], new[] { "L1", "L2", "L3", "L4", "L5", "L6", "L7" }.Select(List));
        Assert.Equal(3L, result.OnNoList);
        Assert.Equal([new("2025-12", 1), new("2026-01", 1), new("2026-03", 1)], result.OnNoListByMonth);
        Assert.Equal([new ListCoverage("2025-12", 5, 1, 0), new ListCoverage("2026-01", 5, 2, 0)], result.Lists);
        using var warehouse = world.Open();
        Assert.Equal(3L, OutcomeStore.Imports(warehouse).Single().OnNoList);
    }

    [Fact]
    public void A_row_repeated_exactly_is_one_lead_and_names_compare_without_case()
    {
        var result = Import(world.Text("repeated.csv", "Lead_ID,ADVISOR_CRD,Contacted_Date,Call_Scheduled_Date,Status\n" +
                                                         "00QA,106,2026-01-12,,Contacting\n00QA,106,2026-01-12,,Contacting\n00QB, 00107 ,2026-01-13,,\n"));
        Assert.Equal((3L, 2L, 2L), (result.Rows, result.Leads, result.New));
        Assert.Equal(107L, Outcome("00QB")["advisor_crd"]);
        Assert.Null(Outcome("00QB")["status"]);
    }

    [Fact]
    public void A_parquet_export_with_typed_columns_imports_like_its_csv()
    {
        var parquet = world.Parquet("outcomes.parquet",
            "SELECT * FROM (VALUES ('00QA', 106::BIGINT, DATE '2026-01-12', NULL::DATE, 'Contacting'), ('00QB', 107::BIGINT, DATE '2026-01-13', DATE '2026-01-20', 'Call Scheduled'), " +
            "('00QC', 101::BIGINT, DATE '2026-01-05', NULL::DATE, 'Contacting')) AS t(lead_id, advisor_crd, contacted_date, call_scheduled_date, status)");
        var first = Import(parquet);
        Assert.Equal((3L, 0L), (first.New, first.OnNoList));
        var csv = Import(Good());
        Assert.Equal((0L, 0L, 3L), (csv.New, csv.Updated, csv.Unchanged));
    }

    [Fact]
    public void A_parquet_file_with_a_crd_that_is_not_whole_is_refused()
    {
        var parquet = world.Parquet("float.parquet",
            "SELECT * FROM (VALUES ('00QA', 106.0, DATE '2026-01-12', NULL::DATE), ('00QB', 107.5, DATE '2026-01-13', NULL::DATE)) AS t(lead_id, advisor_crd, contacted_date, call_scheduled_date)");
        using var warehouse = world.Open();
        var error = Assert.Throws<WarehouseException>(() => OutcomeImport.Run(warehouse, parquet, OutcomeWarehouse.Today));
        Assert.Contains("column 'advisor_crd' must hold an advisor CRD, a positive whole number, but holds '107.5', first at row(s) 2", error.Message);
    }
}
