using System.CommandLine;
using System.Globalization;
using LeadScore.Cli.Terminal;
using LeadScore.Warehouse.Synthetic;
using Spectre.Console;

namespace LeadScore.Cli.Commands;

/// <summary><c>leadscore synth</c>: fills a warehouse's raw tables with a deterministic synthetic world and its ground truth.</summary>
public static class SynthCommand
{
    public static Command Create(CliOutput output)
    {
        var db = new Option<string>("--db") { Description = "warehouse DuckDB file", DefaultValueFactory = _ => LeadScore.Warehouse.Warehouse.DefaultPath };
        var advisors = CliOptions.Integer("--advisors", $"FINTRX advisors to generate; firms, spells and leads scale with it ({SyntheticOptions.FullScaleAdvisors:N0} is the real size)", SyntheticOptions.FullScaleAdvisors);
        var seed = CliOptions.Long("--seed", "seed: the same seed gives the same rows", SyntheticOptions.DefaultSeed);
        var compare = new Option<string?>("--compare") { Description = "real V4.1 feature parquet (leads_v41.parquet) to compare the generated leads' inputs with" };
        var command = new Command("synth", "Fill the warehouse's raw tables with synthetic advisors, firms and leads (replaces an earlier synthetic fill, never imported data)")
        {
            db, advisors, seed, compare, SynthOutcomesCommand.Create(output),
        };
        command.SetAction(parse => Run(output, parse.GetValue(db)!, parse.GetValue(advisors), parse.GetValue(seed), parse.GetValue(compare)));
        return command;
    }

    private static int Run(CliOutput output, string path, int advisors, long seed, string? compare)
    {
        if (advisors < SyntheticOptions.MinimumAdvisors || advisors > SyntheticOptions.MaximumAdvisors)
            throw CliException.InvalidOption("--advisors", $"must be between {SyntheticOptions.MinimumAdvisors:N0} and {SyntheticOptions.MaximumAdvisors:N0}, not {advisors:N0}");
        if (compare is not null && !File.Exists(compare)) throw CliException.InvalidOption("--compare", $"{compare} does not exist");
        var options = new SyntheticOptions(advisors, seed);
        using var warehouse = LeadScore.Warehouse.Warehouse.Open(path);
        var content = SyntheticWarehouse.Inspect(warehouse);
        if (!content.CanFill)
            throw CliException.InvalidOption("--db", $"{path} already holds {content.Rows:N0} rows in raw.{content.Table} that synth did not write; pass a new --db path (synth never overwrites imported data)");

        var run = ProgressReporter.Run(output, "synth", options.Advisors, progress =>
            SyntheticWarehouse.Fill(warehouse, options, new SynthProgress(progress, options.Advisors)), "advisors");

        var table = new Table().AddPlainColumns("table", "rows");
        foreach (var (name, rows) in run.Rows) table.AddPlainRow($"raw.{name}", rows.ToString("N0", CultureInfo.InvariantCulture));
        table.AddPlainRow("synth.oracle", run.OracleRows.ToString("N0", CultureInfo.InvariantCulture));
        table.AddPlainRow("synth.advisor_truth", run.TruthRows.ToString("N0", CultureInfo.InvariantCulture));
        output.Console.Write(table);
        output.Line($"{path}: seed {seed}, {advisors:N0} advisors; generated in {run.Generate.TotalSeconds:F1} s, written in {run.Write.TotalSeconds:F1} s, total {run.Total.TotalSeconds:F1} s");
        output.Line(string.Create(CultureInfo.InvariantCulture,
            $"conversion: {run.ConversionRate:P2} of {run.LabelledLeads:N0} labelled leads scheduled a call (oracle mean probability {run.OracleMeanProbability:P2})"));
        if (compare is not null) Compare(output, warehouse, compare);
        return 0;
    }

    private static void Compare(CliOutput output, LeadScore.Warehouse.Warehouse warehouse, string parquet)
    {
        var generated = LeadInputProfile.Measure(warehouse);
        var real = LeadInputProfile.FromFeatures(warehouse, parquet);
        var table = new Table().AddPlainColumns("lead input", "synthetic", "real");
        foreach (var (name, synthetic, actual) in generated.Compare(real)) table.AddPlainRow(name, synthetic, actual);
        output.Console.Write(table);
    }
}
