using LeadScore.Warehouse.Monitoring;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LeadScore.Cli.Monitoring;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
using LeadScore.Monitoring;
using LeadScore.Registry;
using LeadScore.Storage;
using Monitor = LeadScore.Monitoring.Monitor;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Cli.Commands;

/// <summary>
/// <c>leadscore monitor</c>: the champion and every shadow challenger measured on the imported outcomes of a published
/// list, as of a date, with label maturity; the rules of a preset evaluated, each with its evidence and how often it
/// is wrong; the other preset's verdict beside it. Exit code: 0 all clear, 10 alert, 15 promote the challenger, 20
/// planned rollback, 30 immediate rollback (1 bad input). <c>--apply</c> performs the strongest action through the
/// registry, once per piece of evidence.
/// </summary>
public static class MonitorCommand
{
    public static Command Create(CliOutput output)
    {
        var db = new Option<string>("--db") { Description = "the warehouse with the lists and the imported outcomes (leadscore outcomes import)", DefaultValueFactory = _ => Store.DefaultPath };
        var registry = new Option<string?>("--registry") { Description = "the registry (--apply acts on it; default $LEADSCORE_REGISTRY, else workspace/registry)" };
        var asOf = new Option<string>("--as-of") { Description = "the last day the outcomes cover (YYYY-MM-DD): contacts and calls scheduled up to it are known", Required = true };
        var list = new Option<string?>("--list") { Description = "the list to monitor, YYYY-MM (default: the latest list with imported outcomes)" };
        var preset = new Option<string>("--preset") { Description = $"the rules: {string.Join(", ", RuleSet.PresetNames)}, or a JSON rules file", DefaultValueFactory = _ => "default" };
        var baseline = new Option<string?>("--baseline") { Description = "the rate lifts are measured over, e.g. 0.0274 (default: the labelled history's rate)" };
        var apply = new Option<bool>("--apply") { Description = "perform the strongest action through the registry (rollback, or promote the challenger); never twice on the same evidence" };
        var json = new Option<string?>("--json") { Description = "write the report as JSON" };
        var by = new Option<string>("--by") { Description = "who acts (logged with --apply)", DefaultValueFactory = _ => "leadscore monitor" };
        var command = new Command("monitor", "Monitor the live model on its list's outcomes: rates by day, week and decile with label maturity, rules with their evidence, rollback")
        {
            db, registry, asOf, list, preset, baseline, apply, json, by,
        };
        command.SetAction(parse =>
        {
            var database = InputPaths.File("--db", parse.GetValue(db)!);
            var date = CliOptions.ParseDate("--as-of", parse.GetValue(asOf)!);
            var presetName = parse.GetValue(preset)!;
            var rulesFile = RuleSet.PresetNames.Contains(presetName) ? null : InputPaths.File("--preset", presetName);
            var rules = rulesFile is null ? RuleSet.Preset(presetName) : RuleSet.Read(rulesFile);
            var other = RuleSet.Preset(rules.Name == "seed" ? "default" : "seed");
            double? baselineRate = parse.GetValue(baseline) is { } b
                ? double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate > 0 && rate < 1 ? rate
                  : throw CliException.InvalidOption("--baseline", $"'{b}' is not a conversion rate between 0 and 1 (e.g. 0.0274 for 2.74%)")
                : null;
            var jsonPath = parse.GetValue(json);
            InputPath[] inputs = [.. InputPaths.Database("--db", database), new("--preset", rulesFile)];
            if (jsonPath is not null)
            {
                OutputPath.CheckFile("--json", jsonPath, [".json"], inputs);
                OutputPath.CheckFolderExists(jsonPath);
            }
            var registryPath = ModelReference.RegistryPath(parse.GetValue(registry));
            var models = parse.GetValue(apply) ? ModelRegistry.Open(registryPath) : null;

            var inputsRead = MonitorInputs.Read(database, parse.GetValue(list), date, baselineRate);
            var request = new MonitorRequest(inputsRead.Leads, date, inputsRead.Maturity, inputsRead.Baseline, rules, inputsRead.Expectation) { Drift = inputsRead.Drift };
            var report = Monitor.Evaluate(request);
            var otherReport = Monitor.Evaluate(request with { Rules = other, Expectation = null });
            MonitorView.Show(output, inputsRead, report, otherReport);
            if (jsonPath is not null)
            {
                AtomicFile.WriteText(jsonPath, MonitorEvidence.Json(inputsRead, report));
                output.Line($"wrote {jsonPath}");
            }
            if (models is not null) MonitorApply.Run(output, models, inputsRead, report, parse.GetValue(by)!);
            return (int)report.Strongest;
        });
        return command;
    }
}
