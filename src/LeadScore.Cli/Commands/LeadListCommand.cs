using LeadScore.Warehouse;
using System.CommandLine;
using System.Globalization;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
using LeadScore.Lists;
using LeadScore.Lists.Policy;
using LeadScore.Lists.Rules;
using LeadScore.Storage;
using LeadScore.Warehouse.Lists;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Cli.Commands;

/// <summary>
/// <c>leadscore leadlist</c>: the month's lead list from a successful scoring run (tiers, filters, backfill, caps,
/// quotas, balanced assignment to the active reps, validation), published into <c>lists.*</c>; <c>leadlist explain
/// CRD</c> says where an advisor stands in a published list and why. Exit code 0: published; 3: a check failed, the
/// attempt is recorded as failed and nothing is published; 1: bad input.
/// </summary>
public static class LeadListCommand
{
    public const int ChecksFailed = 3;

    public static Command Create(CliOutput output)
    {
        var db = new Option<string>("--db") { Description = "the workspace's DuckDB warehouse", DefaultValueFactory = _ => Store.DefaultPath };
        var month = new Option<string?>("--month") { Description = "the list's month, YYYY-MM (also its list id)" };
        var run = new Option<string?>("--run") { Description = "the scoring run to build from (default: the latest successful run as of a day of the month before, or of the month's first day)" };
        var perSga = new Option<int?>("--per-sga") { Description = "leads per sales rep (default: the policy's, 200)" };
        var policy = new Option<string>("--policy") { Description = "the list policy: default, original, or a JSON policy file", DefaultValueFactory = _ => "default" };
        var rules = new Option<string?>("--rules") { Description = "a V3 rules file (default: the built-in v3.2.5 rules; see `leadscore rules show`)" };
        var outFile = new Option<string?>("--out") { Description = "also write the export CSV (the columns the original sent to Salesforce, reasons and narrative included)" };
        var chart = new Option<string?>("--chart") { Description = "per-rep chart of expected conversions and tier mix, .svg or .png (default: beside --out)" };
        var allowShort = new Option<bool>("--allow-short") { Description = "publish a list shorter than reps × per-sga when the pool is too small (the shortfall and its cause are recorded)" };
        var command = new Command("leadlist", "The month's lead list: V3 tiers and the V4 score, 200 leads per sales rep, balanced, explained and validated")
        {
            db, month, run, perSga, policy, rules, outFile, chart, allowShort, Explain(output),
        };
        command.SetAction(parse =>
        {
            var database = InputPaths.File("--db", parse.GetValue(db)!);
            var monthText = parse.GetValue(month) ?? throw CliException.InvalidOption("--month", "is required: the list's month as YYYY-MM, e.g. --month 2026-01");
            ListBuild.FirstDay(monthText);
            if (parse.GetValue(perSga) is <= 0) throw CliException.InvalidOption("--per-sga", $"'{parse.GetValue(perSga)}' must be a positive number of leads");
            var policyName = parse.GetValue(policy)!;
            var policyFile = ListPolicy.BuiltInNames.Contains(policyName) ? null : InputPaths.File("--policy", policyName);
            var rulesFile = InputPaths.OptionalFile("--rules", parse.GetValue(rules));
            var outPath = parse.GetValue(outFile);
            var chartPath = parse.GetValue(chart) ?? (outPath is null ? null : Path.Combine(Path.GetDirectoryName(outPath) ?? "", Path.GetFileNameWithoutExtension(outPath) + "-reps.svg"));
            InputPath[] inputs = [.. InputPaths.Database("--db", database), new("--policy", policyFile), new("--rules", rulesFile)];
            if (outPath is not null) OutputPath.CheckFile("--out", outPath, [".csv"], inputs);
            if (chartPath is not null) OutputPath.CheckFile("--chart", chartPath, [".svg", ".png"], [.. inputs, new("--out", outPath)]);
            foreach (var path in new[] { outPath, chartPath }.OfType<string>()) OutputPath.CheckFolderExists(path);

            var request = new ListRequest(monthText, parse.GetValue(run), ListPolicy.Resolve(policyFile ?? policyName),
                rulesFile is null ? RuleSet.Builtin() : RuleSet.Read(rulesFile), parse.GetValue(perSga), parse.GetValue(allowShort));
            var result = ListBuild.Execute(database, request, output.Line);
            LeadListView.Show(output, result);
            if (!result.Published)
            {
                output.Err.WriteLine($"error: list {result.Record.ListId} failed its checks and was recorded as failed (attempt {result.Record.Attempt}); nothing was published: {result.Record.Reason}");
                return ChecksFailed;
            }
            if (outPath is not null)
            {
                long rows;
                using (var warehouse = Store.OpenExisting(database, readOnly: true)) rows = ListStore.Export(warehouse, result.Record.ListId, outPath);
                output.Line($"exported {rows:N0} leads -> {outPath}");
            }
            if (chartPath is not null)
            {
                AtomicFile.WriteBytes(chartPath, LeadListView.Chart(result).Encode(chartPath));
                output.Line($"per-rep chart -> {chartPath}");
            }
            return 0;
        });
        return command;
    }

    private static Command Explain(CliOutput output)
    {
        var crd = new Argument<string>("CRD") { Description = "the advisor's CRD" };
        var db = new Option<string>("--db") { Description = "the workspace's DuckDB warehouse", DefaultValueFactory = _ => Store.DefaultPath };
        var month = new Option<string?>("--month") { Description = "the list's month, YYYY-MM (default: the latest published list)" };
        var command = new Command("explain", "Where an advisor stands in a published list: on it (rep, tier, rank) or the step and reason that dropped them") { crd, db, month };
        command.SetAction(parse =>
        {
            var text = parse.GetValue(crd)!;
            if (!long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var advisor))
                throw CliException.InvalidOption("CRD", $"'{text}' is not an advisor CRD (digits only)");
            var database = InputPaths.File("--db", parse.GetValue(db)!);
            using var warehouse = Store.OpenExisting(database, readOnly: true);
            var lists = ListStore.Runs(warehouse).Where(r => r.Status == AttemptStatus.Succeeded).ToList();
            var monthText = parse.GetValue(month);
            if (monthText is not null) ListBuild.FirstDay(monthText);
            var list = (monthText is null ? lists.LastOrDefault() : lists.SingleOrDefault(r => r.ListId == monthText))
                       ?? throw CliException.InvalidOption(monthText is null ? "--db" : "--month",
                           monthText is null ? $"'{database}' holds no published lead list; build one with `leadscore leadlist --month YYYY-MM`"
                                             : $"'{monthText}' has no published lead list in {database}; build it with `leadscore leadlist --month {monthText}`");
            var standing = ListStore.Standing(warehouse, list.ListId, advisor);
            output.Line(standing switch
            {
                null => $"advisor {advisor} is not in list {list.ListId}'s pool: not a producing advisor in raw.ria_contacts_current",
                { OnList: true } s => $"advisor {advisor} is on list {list.ListId}: rank {s.ListRank}, {s.FinalTier}, V4 percentile {s.Percentile}, assigned to {s.SgaName}",
                var s => $"advisor {advisor} is not on list {list.ListId}: dropped at step {s.Step}: {s.Reason}",
            });
            return 0;
        });
        return command;
    }
}
