using System.CommandLine;
using LeadScore.Cli.Terminal;
using LeadScore.Storage;
using LeadScore.Warehouse.Scores;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Cli.Commands;

/// <summary>
/// <c>leadscore export salesforce</c>: a published scoring run as the Salesforce bulk-update CSV of the V4 Lead
/// fields (domain spec §8.4), for the Leads still in Contacting whose advisor the champion scored.
/// </summary>
public static class ExportCommand
{
    public static Command Create(CliOutput output)
    {
        var db = new Option<string>("--db") { Description = "the workspace's DuckDB warehouse", DefaultValueFactory = _ => Store.DefaultPath };
        var run = new Option<string>("--run") { Description = "the published scoring run to export (its run id)", Required = true };
        var target = new Option<string>("--out") { Description = "the CSV file to write (.csv)", Required = true };
        var salesforce = new Command("salesforce", "The V4 Lead fields of a published run as a Salesforce bulk-update CSV (Id, V4_Score__c, V4_Score_Percentile__c, V4_Deprioritize__c, V4_Model_Version__c, V4_Scored_At__c)")
        {
            db, run, target,
        };
        salesforce.SetAction(parse =>
        {
            var database = InputPaths.File("--db", parse.GetValue(db)!);
            var path = parse.GetValue(target)!;
            OutputPath.CheckFile("--out", path, [".csv"], InputPaths.Database("--db", database));
            var id = parse.GetValue(run)!;
            using var warehouse = Store.OpenExisting(database, readOnly: true);
            var published = ScoreStore.Published(warehouse, id) ?? throw CliException.RunNotPublished(id, ScoreStore.Runs(warehouse));
            long rows = ScoreExports.Salesforce(warehouse, published, path);
            output.Line($"exported {rows:N0} Leads in Contacting scored by run {id} (attempt {published.Attempt}, as of {published.AsOf:yyyy-MM-dd}) -> {path}");
            return 0;
        });
        return new Command("export", "Files for other systems from published runs") { salesforce };
    }
}
