using System.Diagnostics;
using System.Globalization;
using LeadScore.Cli.Terminal;
using LeadScore.Warehouse.Features;
using LeadScore.Warehouse.Synthetic;
using Spectre.Console;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Cli.Bench;

/// <summary>
/// <c>bench features</c>: at the real scale (788,000 advisors, ~2.3M employment spells), the time to generate the
/// synthetic warehouse, to build the training features (every lead as of its contact date), to build the prospect
/// features (every producing advisor as of a run date) and to audit them; and the process's peak memory.
/// </summary>
public sealed class FeaturesBench(CliOutput output, int advisors, string workFolder)
{
    public int Run()
    {
        Directory.CreateDirectory(workFolder);
        var db = Path.Combine(workFolder, "bench.duckdb");
        foreach (var file in new[] { db, db + ".wal" }) File.Delete(file);
        var rows = new List<(string What, string Rows, TimeSpan Time)>();
        using (var warehouse = Store.Open(db))
        {
            var watch = Stopwatch.StartNew();
            var run = SyntheticWarehouse.Fill(warehouse, new SyntheticOptions(advisors));
            rows.Add(("synth: generate and write the raw tables", $"{run.Rows["ria_contacts_current"]:N0} advisors, {run.Rows["contact_registered_employment_history"]:N0} spells", watch.Elapsed));
            var training = FeatureTables.Training(warehouse, TargetOptions.V41(new DateOnly(2025, 12, 15)));
            rows.Add(("training features (each lead as of its contact date)", $"{training.Rows:N0} leads", training.Elapsed));
            var prospects = FeatureTables.Prospects(warehouse, new DateOnly(2026, 1, 1));
            rows.Add(("prospect features (each producing advisor as of 2026-01-01)", $"{prospects.Rows:N0} advisors", prospects.Elapsed));
            watch.Restart();
            var audit = PitAudit.Run(warehouse, new DateOnly(2025, 6, 15));
            rows.Add(($"point-in-time audit ({(audit.Passed ? "pass" : "FAIL")})", $"{audit.Rows:N0} advisors", watch.Elapsed));
        }
        var table = new Table().AddPlainColumns("step", "rows", "time");
        foreach (var (what, count, time) in rows) table.AddPlainRow(what, count, Timing.Duration(time));
        output.Console.Write(table);
        output.Line(string.Create(CultureInfo.InvariantCulture,
            $"peak memory of the process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB; {Environment.ProcessorCount} cores; database {db}"));
        return 0;
    }
}
