using System.CommandLine;
using System.Globalization;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
using LeadScore.Storage;
using LeadScore.Warehouse.Features;
using Spectre.Console;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Cli.Commands;

/// <summary>
/// <c>leadscore features</c>: the V4.1 feature tables from the warehouse's raw tables, point in time — prospects as
/// of a run date, labelled leads as of their contact dates — and the audit that proves nothing from the future leaks in.
/// </summary>
public static class FeaturesCommand
{
    public static Command Create(CliOutput output)
    {
        Option<string> Db() => new("--db") { Description = "the workspace's DuckDB database file", DefaultValueFactory = _ => Store.DefaultPath };
        Option<string?> Parquet() => new("--parquet") { Description = "also write the table to this Parquet file (.parquet)" };

        var buildDb = Db();
        var asOf = new Option<string>("--as-of") { Description = "run date (YYYY-MM-DD): features of every producing advisor as of it", Required = true };
        var buildParquet = Parquet();
        var build = new Command("build", "Prospect features: one row per producing advisor as of --as-of -> features.prospects") { buildDb, asOf, buildParquet };
        build.SetAction(parse =>
        {
            var date = Date("--as-of", parse.GetValue(asOf)!);
            using var warehouse = Open(parse.GetValue(buildDb)!, parse.GetValue(buildParquet));
            var result = FeatureTables.Prospects(warehouse, date, parse.GetValue(buildParquet));
            Report(output, result);
            return 0;
        });

        var trainingDb = Db();
        var analysis = new Option<string>("--analysis-date") { Description = "fixed date (YYYY-MM-DD) on which outcomes are read; a lead is labelled once 43 days have passed", Required = true };
        var from = new Option<string>("--from") { Description = "first contact date of the population", DefaultValueFactory = _ => "2024-02-01" };
        var to = new Option<string>("--to") { Description = "last contact date of the population", DefaultValueFactory = _ => "2025-10-31" };
        var window = CliOptions.Integer("--window-days", "days after contact within which a scheduled call counts", 43);
        var negative = new Option<bool>("--negative-as-positive") { Description = "the original's quirk: a call scheduled before the contact counts as a conversion (default: such leads are dropped)" };
        var dropLate = new Option<bool>("--drop-late") { Description = "the original V4's quirk: drop leads whose call came after the window (default: label them 0)" };
        var trainingParquet = Parquet();
        var training = new Command("training", "Labelled lead features as of each contact date -> features.training")
        {
            trainingDb, analysis, from, to, window, negative, dropLate, trainingParquet,
        };
        training.SetAction(parse =>
        {
            int days = parse.GetValue(window);
            if (days < 1) throw CliException.InvalidOption("--window-days", "must be at least 1");
            var target = new TargetOptions(Date("--from", parse.GetValue(from)!), Date("--to", parse.GetValue(to)!),
                Date("--analysis-date", parse.GetValue(analysis)!), days, parse.GetValue(negative), !parse.GetValue(dropLate));
            if (target.From > target.To) throw CliException.InvalidOption("--from", "must not be after --to");
            using var warehouse = Open(parse.GetValue(trainingDb)!, parse.GetValue(trainingParquet));
            Report(output, FeatureTables.Training(warehouse, target, parse.GetValue(trainingParquet)));
            return 0;
        });

        var auditDb = Db();
        var auditAsOf = new Option<string>("--as-of") { Description = "date to audit (YYYY-MM-DD)", Required = true };
        var audit = new Command("audit", "Prove that features as of a date do not change when later history arrives; run the G4 checks on features.training") { auditDb, auditAsOf };
        audit.SetAction(parse =>
        {
            var date = Date("--as-of", parse.GetValue(auditAsOf)!);
            using var warehouse = Store.OpenExisting(parse.GetValue(auditDb)!);
            var result = PitAudit.Run(warehouse, date);
            output.Line($"point-in-time audit as of {result.AsOf:yyyy-MM-dd}: {result.Rows:N0} advisors; added {result.FutureSpells:N0} spells starting " +
                        $"after the date and {result.LateEndDates:N0} end dates filled in after it (rolled back); {result.ChangedRows:N0} rows changed" +
                        (result.Passed ? " -> PASS" : $" -> FAIL in {string.Join(", ", result.ChangedColumns.Select(kv => $"{kv.Key} ({kv.Value:N0})"))}"));
            bool checksPassed = true;
            if (warehouse.HasTable(FeatureTables.TrainingTable))
            {
                var checks = FeatureChecks.Run(warehouse);
                var grid = new Table().Title(Markup.Escape($"G4 checks on {FeatureTables.TrainingTable}")).AddPlainColumns("check", "what", "value", "status");
                foreach (var c in checks) grid.AddPlainRow(c.Id, c.Description, c.Value, c.Passed ? "pass" : "FAIL");
                output.Console.Write(grid);
                checksPassed = checks.All(c => c.Passed);
            }
            return result.Passed && checksPassed ? 0 : 1;
        });

        var compareDb = Db();
        var with = new Option<string>("--with") { Description = "a Parquet or CSV feature table to compare with, e.g. ../shared/fixtures/v41/leads_v41.parquet", Required = true };
        var tableOption = CliOptions.Choice("--table", "warehouse feature table", [FeatureTables.TrainingTable, FeatureTables.ProspectTable], FeatureTables.TrainingTable);
        var compare = new Command("compare", "Side-by-side distribution (mean, median, p90, zeros, NULLs) of the features two tables share") { compareDb, with, tableOption };
        compare.SetAction(parse =>
        {
            var name = parse.GetValue(tableOption)!;
            var other = InputPaths.File("--with", parse.GetValue(with)!);
            using var warehouse = Store.OpenExisting(parse.GetValue(compareDb)!, readOnly: true);
            FeatureDistributionView.Show(output, FeatureComparison.Compare(warehouse, name, other), name, other);
            return 0;
        });

        return new Command("features", "Point-in-time V4.1 feature tables in the warehouse") { build, training, audit, compare };
    }

    // The feature builds read the raw tables of an existing warehouse; a Parquet copy must not land on it.
    private static Store Open(string db, string? parquet)
    {
        if (parquet is not null) OutputPath.CheckFile("--parquet", parquet, [".parquet"], InputPaths.Database("--db", db));
        return Store.OpenExisting(db);
    }

    private static void Report(CliOutput output, FeatureBuildResult result)
    {
        var grid = new Table().AddPlainColumns("table", "rows", "advisors", "conversions", "time", "parquet");
        grid.AddPlainRow(result.Table, result.Rows.ToString("N0", CultureInfo.InvariantCulture), result.Advisors.ToString("N0", CultureInfo.InvariantCulture),
            result.Table == FeatureTables.TrainingTable ? result.Positives.ToString("N0", CultureInfo.InvariantCulture) : "-",
            $"{result.Elapsed.TotalSeconds:F2} s", result.Parquet ?? "-");
        output.Console.Write(grid);
    }

    private static DateOnly Date(string option, string text) => CliOptions.ParseDate(option, text);
}
