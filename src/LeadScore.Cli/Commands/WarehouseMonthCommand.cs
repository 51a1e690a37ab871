using System.CommandLine;
using System.Globalization;
using LeadScore.Cli.Terminal;
using LeadScore.Lists;
using LeadScore.Lists.Policy;
using LeadScore.Lists.Rules;
using LeadScore.Scoring;
using LeadScore.Warehouse.Compiled;
using LeadScore.Warehouse.Postgres;
using Spectre.Console;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Cli.Commands;

/// <summary>
/// <c>leadscore warehouse month</c>: the month inside a DuckDB or PostgreSQL warehouse with no row leaving it until the
/// list (features, the champion compiled to SQL with its percentiles, tiers, the ranked pool of the list).
/// </summary>
public static class WarehouseMonthCommand
{
    public static Command Create(CliOutput output)
    {
        var db = new Option<string?>("--db")
        {
            Description = $"a DuckDB file, or a PostgreSQL address (postgres://user@host:5432/db or Host=…;Database=…); default ${PostgresAddress.EnvironmentVariable} if set, else {Store.DefaultPath}",
        };
        var asOf = new Option<string>("--as-of") { Description = "the month's date: features and scores as of it (YYYY-MM-DD)", Required = true };
        var model = new Option<string>("--model") { Description = "the champion: a model directory, a model file or registry:VERSION", Required = true };
        var registry = new Option<string?>("--registry") { Description = "registry folder for registry:NAME (default $LEADSCORE_REGISTRY, else workspace/registry)" };
        var runId = new Option<string?>("--run-id") { Description = "the run's name in scores.prospect_scores (default: the as-of date)" };
        var policy = new Option<string>("--policy") { Description = "the list policy: default, original, or a JSON policy file", DefaultValueFactory = _ => "default" };
        var rules = new Option<string?>("--rules") { Description = "a V3 rules file (default: the built-in v3.2.5 rules)" };
        var perSga = new Option<int?>("--per-sga") { Description = "leads per sales rep (default: the policy's, 200)" };
        var command = new Command("month", "The month inside the warehouse (DuckDB or PostgreSQL): features, the champion's compiled scores and percentiles, tiers and the list's ranked pool")
        {
            db, asOf, model, registry, runId, policy, rules, perSga,
        };
        command.SetAction(parse =>
        {
            var date = CliOptions.ParseDate("--as-of", parse.GetValue(asOf)!);
            var id = parse.GetValue(runId) ?? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (id.Trim().Length == 0 || id.Any(char.IsControl)) throw CliException.InvalidOption("--run-id", $"'{id}' is not a usable run name");
            if (parse.GetValue(perSga) is <= 0) throw CliException.InvalidOption("--per-sga", $"'{parse.GetValue(perSga)}' must be a positive number of leads");
            var policyName = parse.GetValue(policy)!;
            var listPolicy = ListPolicy.Resolve(ListPolicy.BuiltInNames.Contains(policyName) ? policyName : InputPaths.File("--policy", policyName));
            var rulesFile = InputPaths.OptionalFile("--rules", parse.GetValue(rules));
            var ruleSet = rulesFile is null ? RuleSet.Builtin() : RuleSet.Read(rulesFile);
            var champion = RunModel.Load(RunModels.Resolve(parse.GetValue(model)!, [], true, parse.GetValue(registry)).Single());

            using var warehouse = Open(parse.GetValue(db));
            output.Line($"warehouse: {(warehouse.Dialect.Name == "postgres" ? "PostgreSQL at " : "DuckDB ")}{warehouse.Path}; champion {champion.Version} ({champion.Model.Trees.Count} trees) compiled to SQL");
            var result = MonthInWarehouse.Run(warehouse, date, id, champion.Version,
                new CompileRequest(champion.Model, champion.Features, champion.Calibrator, warehouse.Dialect, "", "", Title: champion.Version),
                listPolicy, ruleSet, parse.GetValue(perSga));
            var p = result.Pipeline;
            output.Line($"features: {p.Features.Rows:N0} producing advisors as of {date:yyyy-MM-dd} -> {p.Features.Table} ({p.Seconds["features"]:F1} s)");
            output.Line($"scores: {p.Scores.Rows:N0} rows of {champion.Version} in {p.Scores.Table}, run {id}, with percentiles, computed by {p.Scores.Sql.LongestStatementBytes / 1024.0:N0} KB of SQL ({p.Seconds["scores"]:F1} s)");
            output.Line($"list: {p.Pool.Selected.Count:N0} leads ranked for {result.Reps} reps x {result.PerSga} from {p.Pool.Advisors:N0} advisors ({p.Seconds["list"]:F1} s)");
            var table = new Table().AddPlainColumns(["step", "advisors dropped"]);
            foreach (var step in p.Pool.Steps) table.AddPlainRow([step.Step, step.Advisors.ToString("N0", CultureInfo.InvariantCulture)]);
            output.Console.Write(table);
            var tiers = p.Pool.Selected.GroupBy(l => l.FinalTier).OrderBy(g => g.Min(l => l.TierOrder)).Select(g => $"{g.Key} {g.Count():N0}");
            output.Line($"tiers of the ranked leads: {string.Join(", ", tiers)}; assign, explain and publish them with `leadscore leadlist` (in process)");
            return 0;
        });
        return command;
    }

    // A PostgreSQL address (given, or in the environment when --db is not), else a DuckDB file that must exist.
    private static Store Open(string? db)
    {
        if (db is null && PostgresAddress.FromEnvironment() is { } fromEnvironment) return Store.OnPostgres(fromEnvironment.ToString(), fromEnvironment.Open());
        var given = db ?? Store.DefaultPath;
        if (PostgresAddress.Looks(given))
        {
            var address = PostgresAddress.Parse(given);
            return Store.OnPostgres(address.ToString(), address.Open());
        }
        return Store.OpenExisting(InputPaths.File("--db", given));
    }
}
