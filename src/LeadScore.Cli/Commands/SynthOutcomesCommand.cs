using System.CommandLine;
using System.Globalization;
using LeadScore.Cli.Terminal;
using LeadScore.Storage;
using LeadScore.Warehouse.Synthetic;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Cli.Commands;

/// <summary>
/// <c>leadscore synth outcomes</c>: Salesforce-like outcomes of a published list drawn from the synthetic world's
/// ground truth, under a scenario (healthy, degraded ranking, delayed conversions), as the file `outcomes import` reads.
/// </summary>
public static class SynthOutcomesCommand
{
    private static readonly string[] Scenarios = ["healthy", "degraded", "delayed"];

    public static Command Create(CliOutput output)
    {
        var db = new Option<string>("--db") { Description = "the synthetic warehouse with the published list (must exist)", DefaultValueFactory = _ => Store.DefaultPath };
        var list = new Option<string>("--list") { Description = "the published list, YYYY-MM (its month)", Required = true };
        var scenario = CliOptions.Choice("--scenario", "healthy: true probabilities; degraded: probabilities shuffled among the list's leads (the ranking broken); delayed: the healthy conversions, three times later", Scenarios);
        var seed = CliOptions.Long("--seed", "seed: the same seed gives the same outcomes", SyntheticOptions.DefaultSeed);
        var days = CliOptions.Integer("--days", "the export's day, in days after the list's first day: later contacts and calls are not in it", SyntheticOutcomeRequest.DefaultDays);
        var outFile = new Option<string>("--out") { Description = "the outcomes file to write, .csv or .parquet", Required = true };
        var command = new Command("outcomes", "Draw a published list's outcomes from the synthetic ground truth, as a Salesforce export that `outcomes import` reads")
        {
            db, list, scenario, seed, days, outFile,
        };
        command.SetAction(parse =>
        {
            var database = InputPaths.File("--db", parse.GetValue(db)!);
            var month = parse.GetValue(list)!;
            if (month.Length != 7 || !DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
                throw CliException.InvalidOption("--list", $"'{month}' is not a month; write it as YYYY-MM, e.g. 2026-01");
            int after = parse.GetValue(days);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            if (after < 1) throw CliException.InvalidOption("--days", $"'{after}' must be a positive number of days");
            if (first.AddDays(after) > today)
                throw CliException.InvalidOption("--days", $"an export {after} days after {first:yyyy-MM-dd} would be taken on {first.AddDays(after):yyyy-MM-dd}, after today " +
                                                           $"({today:yyyy-MM-dd}, UTC), and `outcomes import` refuses dates in the future; choose at most {Math.Max(0, today.DayNumber - first.DayNumber)} days");
            var path = parse.GetValue(outFile)!;
            OutputPath.CheckFile("--out", path, [".csv", ".parquet"], InputPaths.Database("--db", database));
            OutputPath.CheckFolderExists(path);
            var request = new SyntheticOutcomeRequest(month, Enum.Parse<OutcomeScenario>(parse.GetValue(scenario)!, ignoreCase: true), parse.GetValue(seed), after, path);
            using var warehouse = Store.OpenExisting(database, readOnly: true);
            Show(output, SyntheticOutcomes.Write(warehouse, request));
            return 0;
        });
        return command;
    }

    private static void Show(CliOutput output, SyntheticOutcomeResult r)
    {
        var q = r.Request;
        output.Line(string.Create(CultureInfo.InvariantCulture,
            $"list {q.ListId}, {q.Scenario.ToString().ToLowerInvariant()}, seed {q.Seed}: {r.Leads:N0} leads, true expected conversions {r.ExpectedConversions:F1}; " +
            $"delays from {r.DelayCount:N0} conversions within 43 days in {r.DelaySource} (median {Days(r.DelayMedian)}, 90th percentile {Days(r.DelayP90)})"));
        output.Line($"export as of {r.CutOff:yyyy-MM-dd} (day {q.Days}): {r.Written:N0} leads contacted {r.FirstContact:yyyy-MM-dd}..{r.LastContact:yyyy-MM-dd}; " +
                    $"{r.ConversionsKnown:N0} calls scheduled by then, of {r.ConversionsDrawn:N0} drawn");
        output.Line($"wrote {r.Written:N0} rows -> {q.Out}");
    }

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}
