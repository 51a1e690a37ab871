using System.CommandLine;
using System.Globalization;
using LeadScore.Cli.Terminal;
using LeadScore.Warehouse.Outcomes;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Cli.Commands;

/// <summary>
/// <c>leadscore outcomes import FILE</c>: what happened to the leads of the published lists, from a Salesforce export,
/// checked as a whole and imported into <c>monitor.*</c> in one transaction (see <see cref="OutcomeImport"/>).
/// </summary>
public static class OutcomesCommand
{
    public static Command Create(CliOutput output)
    {
        var file = new Argument<string>("FILE") { Description = "a .csv (header row) or .parquet file: lead_id, advisor_crd, contacted_date, call_scheduled_date (empty when not converted), optional status" };
        var db = new Option<string>("--db") { Description = "the workspace's DuckDB warehouse (must exist)", DefaultValueFactory = _ => Store.DefaultPath };
        var import = new Command("import", "Import lead outcomes (contact and call-scheduled dates) from a Salesforce export, checked as a whole, all or nothing; the same file twice changes nothing") { file, db };
        import.SetAction(parse =>
        {
            var source = InputPaths.File("FILE", parse.GetValue(file)!);
            using var warehouse = Store.OpenExisting(parse.GetValue(db)!);
            Show(output, OutcomeImport.Run(warehouse, source));
            return 0;
        });
        return new Command("outcomes", "What happened to the leads of the published lists, for monitoring") { import };
    }

    private static void Show(CliOutput output, OutcomeImportResult r)
    {
        output.Line(string.Create(CultureInfo.InvariantCulture,
            $"import {r.Record.ImportId}: {r.File} (sha256 {r.Record.FileSha256[..12]}…), {r.Rows:N0} rows, {r.Leads:N0} leads: {r.New:N0} new, {r.Updated:N0} updated, " +
            $"{r.Unchanged:N0} unchanged; {r.OnNoList:N0} on no list ({r.Elapsed.TotalSeconds:F2} s)"));
        if (r.SameContentAs is { } same)
            output.Line($"the same file as import {same.ImportId} ({same.FileName}, {same.ImportedAt:yyyy-MM-dd HH:mm} UTC)" +
                        (r.New + r.Updated == 0 ? ": no lead changed" : $"; {r.Updated:N0} lead(s) changed since were set back to its values"));
        if (r.OnNoList > 0)
            output.Line($"on no list: {r.OnNoList:N0} lead(s), contacted in {string.Join(", ", r.OnNoListByMonth.Select(m => $"{m.Key} ({m.Value:N0})"))}; " +
                        "no published list of their contact month or the month before holds their advisor (kept in monitor.outcomes with list_id NULL)");
        foreach (var list in r.Lists)
            output.Line($"list {list.ListId}: {list.WithOutcome:N0} of its {list.Leads:N0} leads have outcomes, {list.CallsScheduled:N0} with a call scheduled");
    }
}
