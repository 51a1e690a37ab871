using System.CommandLine;
using LeadScore.Cli.Demo;
using LeadScore.Cli.Terminal;

namespace LeadScore.Cli.Commands;

/// <summary><c>leadscore demo</c>: the main job on the real V4.1 leads, next to the published figures.</summary>
public static class DemoCommand
{
    public static Command Create(CliOutput output)
    {
        var fixtures = new Option<string?>("--fixtures") { Description = "the v41 fixtures folder (default: $LEADSCORE_FIXTURES, else ../shared/fixtures/v41 beside the repository)" };
        var leads = new Option<int>("--leads") { Description = "how many leads to explain at the end", DefaultValueFactory = _ => 4 };
        var charts = new Option<string>("--charts") { Description = "folder for the lift charts (SVG) and the retrained model directory", DefaultValueFactory = _ => Path.Combine("out", "demo") };
        var noRetrain = new Option<bool>("--no-retrain") { Description = "skip the honest LightGBM retrain (about 20 s)" };
        var command = new Command("demo", "Score and explain the real V4.1 leads with the V4.1-R3 and V4.0.0 models, compare with the published figures, and retrain R3 honestly")
        {
            fixtures, leads, charts, noRetrain,
        };
        command.SetAction(parse =>
        {
            var folder = FixtureLocator.Find(parse.GetValue(fixtures));
            return new DemoRun(output, folder, parse.GetValue(leads), parse.GetValue(charts)!, !parse.GetValue(noRetrain)).Run();
        });
        return command;
    }
}
