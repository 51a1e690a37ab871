using System.CommandLine;
using System.Globalization;
using LeadScore.Backtest;
using LeadScore.Backtest.Legacy;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
using LeadScore.Data.Labeled;
using LeadScore.Lists.Policy;
using LeadScore.Lists.Rules;
using LeadScore.Registry;
using LeadScore.Storage;

namespace LeadScore.Cli.Commands;

/// <summary>
/// <c>leadscore backtest</c>: champion against challenger on the same historical leads, each arm applying the same
/// policy, with the statistics that say how sure the comparison is; <c>--legacy</c> reproduces the original's
/// backtest next to the like-for-like figures; <c>--record</c> keeps the result in the registry as the challenger's evidence.
/// </summary>
public static class BacktestCommand
{
    /// <summary>The V4.1 TEST window the original's backtest used (spec §6.1).</summary>
    public static readonly DateRange LegacyWindow = new(new DateOnly(2025, 9, 1), new DateOnly(2025, 10, 31));

    public static Command Create(CliOutput output)
    {
        var champion = new Option<string>("--champion") { Description = "the live model: model directory, model file, or registry:VERSION", Required = true };
        var challenger = new Option<string>("--challenger") { Description = "the model to compare: model directory, model file, or registry:VERSION", Required = true };
        var championSchema = new Option<string?>("--champion-schema") { Description = "feature schema of --champion when it is a model file (built-in name or JSON file)" };
        var challengerSchema = new Option<string?>("--challenger-schema") { Description = "feature schema of --challenger when it is a model file" };
        var data = new Option<string?>("--data") { Description = "labelled historical leads: .parquet, .csv, or a DuckDB file with --table" };
        var table = new Option<string?>("--table") { Description = "table inside the DuckDB file given as --data" };
        var db = new Option<string?>("--db") { Description = "the warehouse: its features.training leads (needed by --policy list)" };
        var window = new Option<string?>("--window") { Description = "contact dates to compare on, FROM..TO (YYYY-MM-DD..YYYY-MM-DD; --legacy: 2025-09-01..2025-10-31)" };
        var policy = CliOptions.Choice("--policy", "what each arm keeps: drop-bottom (all but the bottom fifth), top-n (the first --list-size), list (the lead-list policy replayed)", BacktestPolicy.Names, "drop-bottom");
        var listSize = CliOptions.Integer("--list-size", "leads in a month's list: the top-n size, the replayed list's size, and the size expected conversions are forecast for", 2800);
        var baseline = new Option<string?>("--baseline") { Description = "conversion rate lifts are measured against, e.g. 0.0274 (default: the window's own rate)" };
        var replicates = CliOptions.Integer("--bootstrap", "paired bootstrap replicates", 2000);
        var seed = CliOptions.Integer("--seed", "bootstrap seed", 42);
        var json = new Option<string?>("--json") { Description = "write the result as JSON (the evidence the registry keeps and the readiness report reads)" };
        var registry = new Option<string?>("--registry") { Description = "registry for registry:NAME models and --record (default $LEADSCORE_REGISTRY, else workspace/registry)" };
        var record = new Option<bool>("--record") { Description = "keep the result in the registry as evidence for the challenger (which must be registered)" };
        var legacy = new Option<bool>("--legacy") { Description = "reproduce the original's backtest (V4.0.0 against V4.1 on the fixtures' leads) next to the like-for-like figures" };
        var listPolicy = new Option<string>("--list-policy") { Description = "the list policy --policy list replays: default, original, or a JSON file", DefaultValueFactory = _ => "default" };
        var rules = new Option<string?>("--rules") { Description = "the V3 rules --policy list replays (default: the built-in v3.2.5)" };
        var by = Registry.RegistryCommand.ByOption();
        var command = new Command("backtest", "Champion against challenger on the same historical leads, like for like, with paired statistics and a verdict")
        {
            champion, challenger, championSchema, challengerSchema, data, table, db, window, policy, listSize, baseline, replicates, seed, json,
            registry, record, legacy, listPolicy, rules, by,
        };
        command.SetAction(parse =>
        {
            var dataPath = parse.GetValue(data);
            var dbPath = parse.GetValue(db);
            if ((dataPath is null) == (dbPath is null)) throw CliException.InvalidOption("--data", "give the leads either as --data FILE or as --db WAREHOUSE (its features.training), not both and not neither");
            if (dbPath is not null && parse.GetValue(table) is not null) throw CliException.InvalidOption("--table", "goes with --data; --db reads the warehouse's features.training");
            string source = InputPaths.File(dataPath is null ? "--db" : "--data", (dataPath ?? dbPath)!);
            bool isLegacy = parse.GetValue(legacy);
            var windowText = parse.GetValue(window);
            DateRange range;
            if (windowText is null)
                range = isLegacy ? LegacyWindow : throw CliException.InvalidOption("--window", "is required: the contact dates to compare on, FROM..TO, e.g. --window 2025-09-01..2025-10-31");
            else if (!DateRange.TryParse(windowText, out range)) throw CliException.InvalidOption("--window", $"'{windowText}' is not FROM..TO (YYYY-MM-DD..YYYY-MM-DD, the earlier date first)");
            if (parse.GetValue(replicates) < 100) throw CliException.InvalidOption("--bootstrap", "needs at least 100 replicates");
            double? baselineRate = parse.GetValue(baseline) is { } b
                ? double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate > 0 && rate < 1 ? rate
                  : throw CliException.InvalidOption("--baseline", $"'{b}' is not a conversion rate between 0 and 1 (e.g. 0.0274 for 2.74%)")
                : null;
            var backtestPolicy = BacktestPolicy.Parse(parse.GetValue(policy)!, parse.GetValue(listSize));
            if (isLegacy && backtestPolicy.Kind != SelectionKind.DropBottom) throw CliException.InvalidOption("--policy", "--legacy compares the original's procedure with the drop-bottom rule; leave --policy out");
            var registryOption = parse.GetValue(registry);
            bool recording = parse.GetValue(record);
            var championRef = ModelReference.Of("--champion", parse.GetValue(champion)!, registryOption);
            var challengerRef = ModelReference.Of("--challenger", parse.GetValue(challenger)!, registryOption);
            var listPolicyName = parse.GetValue(listPolicy)!;
            var listPolicyFile = ListPolicy.BuiltInNames.Contains(listPolicyName) ? null : InputPaths.File("--list-policy", listPolicyName);
            var rulesFile = InputPaths.OptionalFile("--rules", parse.GetValue(rules));
            var jsonPath = parse.GetValue(json);
            InputPath[] inputs =
            [
                new("--champion", championRef.Path), new("--challenger", challengerRef.Path), .. InputPaths.Database(dataPath is null ? "--db" : "--data", source),
                new("--list-policy", listPolicyFile), new("--rules", rulesFile),
                new("--champion-schema", File.Exists(parse.GetValue(championSchema) ?? "") ? parse.GetValue(championSchema) : null),
                new("--challenger-schema", File.Exists(parse.GetValue(challengerSchema) ?? "") ? parse.GetValue(challengerSchema) : null),
            ];
            if (jsonPath is not null)
            {
                OutputPath.CheckFile("--json", jsonPath, [".json"], inputs);
                OutputPath.CheckFolderExists(jsonPath);
            }
            ModelRegistry? evidenceRegistry = recording ? ModelRegistry.Open(ModelReference.RegistryPath(registryOption)) : null;

            var championModel = LoadedModel.Load("champion", parse.GetValue(champion)!, championRef.Path, parse.GetValue(championSchema), Version(championRef, parse.GetValue(champion)!));
            var challengerModel = LoadedModel.Load("challenger", parse.GetValue(challenger)!, challengerRef.Path, parse.GetValue(challengerSchema), Version(challengerRef, parse.GetValue(challenger)!));
            string? challengerVersion = null, championVersion = null;
            if (evidenceRegistry is not null)
            {
                challengerVersion = challengerModel.Identity.Version ?? evidenceRegistry.VersionWithModel(challengerModel.Identity.Sha256)
                    ?? throw CliException.InvalidOption("--challenger", $"'{challengerModel.Identity.Name}' is not in the registry {evidenceRegistry.Path} (no version holds a model with SHA-256 {challengerModel.Identity.Sha256[..12]}…); register it with `leadscore registry register` before --record");
                championVersion = championModel.Identity.Version ?? evidenceRegistry.VersionWithModel(championModel.Identity.Sha256);
            }
            championModel = championModel with { Identity = championModel.Identity with { Version = championVersion ?? championModel.Identity.Version } };
            challengerModel = challengerModel with { Identity = challengerModel.Identity with { Version = challengerVersion ?? challengerModel.Identity.Version } };

            var request = new BacktestRequest(source, dataPath is null ? "features.training" : parse.GetValue(table), dbPath is null ? null : source, range,
                championModel, challengerModel, backtestPolicy, baselineRate, parse.GetValue(replicates), (ulong)parse.GetValue(seed),
                ListPolicy: ListPolicy.Resolve(listPolicyFile ?? listPolicyName), Rules: rulesFile is null ? RuleSet.Builtin() : RuleSet.Read(rulesFile));
            var result = isLegacy ? LegacyBacktest.Execute(request, output.Line) : BacktestRun.Execute(request, output.Line);
            BacktestView.Show(output, result);
            if (jsonPath is not null)
            {
                result.Write(jsonPath);
                output.Line($"wrote {jsonPath}");
            }
            if (evidenceRegistry is not null)
            {
                string file = jsonPath ?? Path.Combine(Path.GetTempPath(), $"leadscore-backtest-{Guid.NewGuid():N}.json");
                try
                {
                    if (jsonPath is null) result.Write(file);
                    var e = evidenceRegistry.RecordEvidence(challengerVersion!, "backtest", file, championVersion ?? championModel.Identity.Name,
                        EvidenceSummary(result), parse.GetValue(by)!);
                    output.Line($"recorded in {evidenceRegistry.Path} as event #{e.Seq}: evidence for {challengerVersion} against {e.Against}, SHA-256 {e.EvidenceSha256}");
                }
                finally
                {
                    if (jsonPath is null) File.Delete(file);
                }
            }
            return 0;
        });
        return command;
    }

    /// <summary>The verdict as the command prints it.</summary>
    public static string Verdict(BacktestVerdict verdict) => verdict switch
    {
        BacktestVerdict.ChallengerBetter => "challenger better",
        BacktestVerdict.ChampionBetter => "champion better",
        _ => "not enough evidence",
    };

    /// <summary>The one line the registry logs with a recorded backtest.</summary>
    public static string EvidenceSummary(BacktestResult result) => $"backtest {result.Policy} {result.Window}: {Verdict(result.Comparison.Verdict)}";

    private static string? Version(ModelReference reference, string given) =>
        reference.Registry is null ? null : ModelRegistry.Open(reference.Registry).State().Resolve(given[ModelReference.Prefix.Length..]).Version;
}
