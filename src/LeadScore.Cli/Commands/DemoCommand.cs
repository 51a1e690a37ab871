using LeadScore.Cli.Fixtures;
using System.CommandLine;
using LeadScore.Cli.Demo;
using LeadScore.Cli.Terminal;
using LeadScore.Storage;

namespace LeadScore.Cli.Commands;

/// <summary><c>leadscore demo</c>: the main job on the real V4.1 leads, next to the published figures.</summary>
public static class DemoCommand
{
    public static Command Create(CliOutput output)
    {
        var fixtures = new Option<string?>("--fixtures") { Description = "the v41 fixtures folder (default: $LEADSCORE_FIXTURES, else ../shared/fixtures/v41 beside the repository)" };
        var leads = CliOptions.Integer("--leads", "how many leads to explain at the end", 4);
        var charts = new Option<string>("--out", "--charts") { Description = "folder for the synthetic warehouse, the model directories and the charts (SVG)", DefaultValueFactory = _ => Path.Combine("out", "demo") };
        var advisors = CliOptions.Integer("--advisors", "advisors in the synthetic warehouse (the real scale is 788,000)", LeadScore.Warehouse.Synthetic.SyntheticOptions.FullScaleAdvisors);
        var syntheticOnly = new Option<bool>("--synthetic-only") { Description = "skip the part on the real V4.1 fixtures" };
        var seed = CliOptions.Long("--seed", "seed of the synthetic warehouse", LeadScore.Warehouse.Synthetic.SyntheticOptions.DefaultSeed);
        var noRetrain = new Option<bool>("--no-retrain") { Description = "skip the honest LightGBM retrain (about 20 s)" };
        var command = new Command("demo", "The main job end to end: a synthetic warehouse, point-in-time features, honest training and the monthly scoring; with the fixtures, the real V4.1 models against their published figures and an honest retrain")
        {
            fixtures, leads, charts, noRetrain, advisors, seed, syntheticOnly,
        };
        command.SetAction(parse =>
        {
            int n = parse.GetValue(advisors);
            if (n < LeadScore.Warehouse.Synthetic.SyntheticOptions.MinimumAdvisors || n > LeadScore.Warehouse.Synthetic.SyntheticOptions.MaximumAdvisors)
                throw CliException.InvalidOption("--advisors", $"must be between {LeadScore.Warehouse.Synthetic.SyntheticOptions.MinimumAdvisors:N0} and {LeadScore.Warehouse.Synthetic.SyntheticOptions.MaximumAdvisors:N0}");
            var given = parse.GetValue(fixtures);
            var folder = parse.GetValue(syntheticOnly) ? null : given is not null ? FixtureLocator.Find(given) : FixtureLocator.TryFind();
            // The demo writes its warehouse, models and charts into --out; never into (or over) the fixtures it reads.
            OutputPath.CheckFolder("--out", parse.GetValue(charts)!, new InputPath("--fixtures", folder));
            // It replaces the registries it writes there, and only those.
            new DemoRegistry(output, parse.GetValue(charts)!).CheckReplaceable();
            return new DemoRun(output, folder, parse.GetValue(leads), parse.GetValue(charts)!, !parse.GetValue(noRetrain), n, parse.GetValue(seed),
                parse.GetValue(syntheticOnly)).Run();
        });
        return command;
    }
}
