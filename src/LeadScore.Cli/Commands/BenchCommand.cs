using LeadScore.Cli.Fixtures;
using System.CommandLine;
using LeadScore.Cli.Bench;
using LeadScore.Cli.Demo;
using LeadScore.Cli.Terminal;
using LeadScore.Storage;

namespace LeadScore.Cli.Commands;

/// <summary><c>leadscore bench &lt;area&gt;</c>: measured speed, side by side with a peer tool run on the same rows.</summary>
public static class BenchCommand
{
    public const long ProductionRows = 1_571_776;

    public static Command Create(CliOutput output)
    {
        var fixtures = new Option<string?>("--fixtures") { Description = "the v41 fixtures folder" };
        var rows = CliOptions.Long("--rows", "rows to score (the real leads tiled)", ProductionRows);
        var noPeer = new Option<bool>("--no-peer") { Description = "skip the xgboost peer (bench/peer.sh)" };
        var work = new Option<string>("--work") { Description = "folder for the tiled files", DefaultValueFactory = _ => Path.Combine(".bench", "scoring") };
        var scoring = new Command("scoring", "Score and explain 1.57M rows with V4.1-R3; xgboost on the same rows") { fixtures, rows, noPeer, work };
        scoring.SetAction(parse =>
        {
            long n = parse.GetValue(rows);
            if (n < 1) throw CliException.InvalidOption("--rows", "must be at least 1");
            return new ScoringBench(output, FixtureLocator.Find(parse.GetValue(fixtures)), n, !parse.GetValue(noPeer), parse.GetValue(work)!).Run();
        });
        var rounds = CliOptions.Integer("--rounds", "boosting rounds per timing", 1000);
        var trainingWork = new Option<string>("--work") { Description = "folder for the exported rows", DefaultValueFactory = _ => Path.Combine(".bench", "training") };
        var trainingFixtures = new Option<string?>("--fixtures") { Description = "the v41 fixtures folder" };
        var trainingNoPeer = new Option<bool>("--no-peer") { Description = "skip the xgboost peer (bench/peer_train.sh)" };
        var training = new Command("training", "Train R3-config LightGBM on the 24,734 TRAIN leads; xgboost on the same rows") { trainingFixtures, rounds, trainingNoPeer, trainingWork };
        training.SetAction(parse =>
        {
            int n = parse.GetValue(rounds);
            if (n < 1) throw CliException.InvalidOption("--rounds", "must be at least 1");
            return new TrainingBench(output, FixtureLocator.Find(parse.GetValue(trainingFixtures)), n, !parse.GetValue(trainingNoPeer), parse.GetValue(trainingWork)!).Run();
        });
        var featureAdvisors = CliOptions.Integer("--advisors", "advisors in the synthetic warehouse", LeadScore.Warehouse.Synthetic.SyntheticOptions.FullScaleAdvisors);
        var featureWork = new Option<string>("--work") { Description = "folder for the benchmark's database", DefaultValueFactory = _ => Path.Combine(".bench", "features") };
        var features = new Command("features", "Synthetic warehouse, training and prospect features and the PIT audit at the real scale; peak memory") { featureAdvisors, featureWork };
        features.SetAction(parse => new FeaturesBench(output, parse.GetValue(featureAdvisors), parse.GetValue(featureWork)!).Run());
        var runAdvisors = CliOptions.Integer("--advisors", "advisors in the synthetic warehouse", LeadScore.Warehouse.Synthetic.SyntheticOptions.FullScaleAdvisors);
        var runWork = new Option<string>("--work") { Description = "folder for the benchmark's database and models", DefaultValueFactory = _ => Path.Combine(".bench", "scoring-run") };
        var scoringRun = new Command("scoring-run", "The monthly scoring run at the real scale (281k advisors, champion + challenger), stage by stage") { runAdvisors, runWork };
        scoringRun.SetAction(parse => new ScoringRunBench(output, parse.GetValue(runAdvisors), parse.GetValue(runWork)!).Run());
        var monthAdvisors = new Option<string>("--advisors")
        {
            Description = "advisors in the synthetic warehouse; several, comma-separated (e.g. 788000,1576000,3152000), each run in its own process",
            DefaultValueFactory = _ => LeadScore.Warehouse.Synthetic.SyntheticOptions.FullScaleAdvisors.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var monthWork = new Option<string>("--work") { Description = "folder for the benchmark's databases and models", DefaultValueFactory = _ => Path.Combine(".bench", "monthly") };
        var monthResult = new Option<string?>("--result") { Description = "write one size's figures as JSON to this file", Hidden = true };
        var monthSetup = new Option<bool>("--setup-only") { Description = "only build the synthetic warehouse and the two models", Hidden = true };
        var monthly = new Command("monthly", "The whole month from the raw tables (features, two models with SHAP, checks, tiers, list, assignment, export), stage by stage; peak memory")
        {
            monthAdvisors, monthWork, monthResult, monthSetup,
        };
        monthly.SetAction(parse =>
        {
            var text = parse.GetValue(monthAdvisors)!;
            var sizes = text.Split(',').Select(s => int.TryParse(s.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 10_000
                ? n : throw CliException.InvalidOption("--advisors", $"'{text}' must be whole numbers of at least 10,000 advisors, comma-separated")).ToArray();
            return new MonthlyBench(output, parse.GetValue(monthWork)!).Run(sizes, parse.GetValue(monthResult), parse.GetValue(monthSetup));
        });
        var sqlAdvisors = CliOptions.Integer("--advisors", "advisors in the synthetic warehouse", LeadScore.Warehouse.Synthetic.SyntheticOptions.FullScaleAdvisors);
        var sqlWork = new Option<string>("--work") { Description = "folder for the benchmark's database and model (reused when the size matches)", DefaultValueFactory = _ => Path.Combine(".bench", "sql") };
        var sqlFixtures = new Option<string?>("--fixtures") { Description = "the v41 fixtures folder (adds V4.1-R3); default: found as the demo finds it, else left out" };
        var sqlPostgres = new Option<string?>("--postgres") { Description = "PostgreSQL to measure (postgres://… or Host=…); default $LEADSCORE_POSTGRES; none: DuckDB and in process only" };
        var sql = new Command("sql", "The full synthetic prospect table scored by the compiled model inside DuckDB and PostgreSQL, against in-process scoring") { sqlAdvisors, sqlWork, sqlFixtures, sqlPostgres };
        sql.SetAction(parse =>
        {
            var found = parse.GetValue(sqlFixtures) is { } given ? FixtureLocator.Find(given) : FixtureLocator.TryFind();
            OutputPath.CheckFolder("--work", parse.GetValue(sqlWork)!, new InputPath("--fixtures", found));
            return new SqlBench(output, parse.GetValue(sqlAdvisors), parse.GetValue(sqlWork)!, found, SqlBenchPostgres.From(parse.GetValue(sqlPostgres))).Run();
        });
        return new Command("bench", "Benchmarks, each against a peer measured in the same run where there is one") { scoring, training, features, scoringRun, monthly, sql };
    }
}
