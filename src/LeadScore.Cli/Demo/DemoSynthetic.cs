using System.Globalization;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Training;
using LeadScore.Data.Labeled;
using LeadScore.Data.Output;
using LeadScore.Engine.Explain;
using LeadScore.Metrics;
using LeadScore.Training;
using LeadScore.Training.Config;
using LeadScore.Training.Evaluation;
using LeadScore.Warehouse.Features;
using LeadScore.Warehouse.Synthetic;
using Spectre.Console;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Cli.Demo;

/// <summary>
/// The self-contained part of the demo, from the repository alone: a synthetic warehouse at the real scale, the
/// point-in-time feature tables and their audit, an honest training run with the R3 feature list, the model
/// against the ground truth the generator kept, and the monthly scoring of every producing advisor with reasons.
/// </summary>
public sealed class DemoSynthetic(CliOutput output, string outFolder, int advisors, long seed)
{
    /// <summary>The outcomes are read on this day; the monthly run scores prospects as of the next.</summary>
    public static readonly DateOnly AnalysisDate = new(2025, 12, 15);
    public static readonly DateOnly RunDate = new(2026, 1, 1);
    public static readonly DateOnly AuditDate = new(2025, 6, 15);

    // The R3 model's 22 inputs, by the names the feature tables give them.
    private static readonly string[] R3Features =
    [
        "tenure_months", "mobility_3yr", "firm_rep_count_at_contact", "firm_net_change_12mo", "is_wirehouse", "is_broker_protocol",
        "has_email", "has_linkedin", "has_firm_data", "mobility_x_heavy_bleeding", "short_tenure_x_high_mobility", "experience_years",
        "tenure_bucket_encoded", "mobility_tier_encoded", "firm_stability_tier_encoded", "is_recent_mover", "days_since_last_move",
        "firm_departures_corrected", "bleeding_velocity_encoded", "is_independent_ria", "is_ia_rep_type", "is_dual_registered",
    ];

    public void Run(string? realLeads)
    {
        Directory.CreateDirectory(outFolder);
        var db = Path.Combine(outFolder, "warehouse.duckdb");
        output.Console.Write(new Rule($"[bold]synthetic warehouse[/]: {advisors:N0} advisors, seed {seed} -> {Markup.Escape(db)}").LeftJustified());
        Build(db);
        using (var warehouse = Store.Open(db))
            if (realLeads is not null)
                LeadScore.Cli.Commands.FeaturesCommand.Distributions(output, FeatureComparison.Compare(warehouse, FeatureTables.TrainingTable, realLeads),
                    "synthetic features.training", "the real V4.1 leads");

        var result = TrainingRun.Run(new TrainingRequest(db, "features.training", ConfigDocument.Defaults(), R3Features, [], false, null), new CliObserver(output));
        var model = Path.Combine(outFolder, "model-synthetic");
        ModelDirectoryWriter.Write(result, model, overwrite: true, TrainingCharts.For(result));
        Oracle(db, result);
        Prospects(db, model, result);
    }

    // A fresh warehouse is built beside the old one and takes its place only when complete.
    private void Build(string db)
    {
        var partial = db + ".partial";
        foreach (var leftover in new[] { partial, partial + ".wal" }) File.Delete(leftover);
        using (var warehouse = Store.Open(partial))
        {
            var options = new SyntheticOptions(advisors, seed);
            var run = ProgressReporter.Run(output, "synth", advisors, p => SyntheticWarehouse.Fill(warehouse, options, new SynthProgress(p, advisors)), "advisors");
            output.Line($"raw tables: {run.Rows["ria_contacts_current"]:N0} advisors, {run.Rows["contact_registered_employment_history"]:N0} employment spells, " +
                        $"{run.Rows["firms"]:N0} firms, {run.Rows["leads"]:N0} Salesforce leads; generated and written in {run.Total.TotalSeconds:F1} s");
            var training = FeatureTables.Training(warehouse, TargetOptions.V41(AnalysisDate));
            var prospects = FeatureTables.Prospects(warehouse, RunDate);
            output.Line($"features: {training.Rows:N0} labelled leads ({training.Positives:N0} converted within 43 days, read on {AnalysisDate:yyyy-MM-dd}) " +
                        $"as of their contact dates in {training.Elapsed.TotalSeconds:F1} s; {prospects.Rows:N0} producing advisors as of {RunDate:yyyy-MM-dd}, " +
                        $"one row each, in {prospects.Elapsed.TotalSeconds:F1} s");
            var audit = PitAudit.Run(warehouse, AuditDate);
            output.Line($"point-in-time audit as of {AuditDate:yyyy-MM-dd}: {audit.ChangedRows:N0} of {audit.Rows:N0} rows changed after adding " +
                        $"{audit.FutureSpells:N0} later spells and {audit.LateEndDates:N0} late end dates -> {(audit.Passed ? "PASS" : "FAIL")}");
        }
        File.Move(partial, db, overwrite: true);
    }

    // The generator kept each lead's true conversion probability: the best any model could rank.
    private void Oracle(string db, TrainingResult result)
    {
        var test = result.Split.Test;
        using var table = LabeledTable.Open(db, "features.training");
        var rows = table.Read(result.Schema.BindTo(result.Model), result.Config.Target, result.Split.Column, test);
        var truth = OracleProbabilities(db, test);
        if (truth.Labels.SequenceEqual(rows.Labels) is false) throw new InvalidOperationException("oracle rows do not line up with the TEST rows");
        var comparison = DeLong.Compare(ModelScores.Of(result.Model, rows, false).Probabilities, truth.Probabilities, rows.Labels);
        var leak = result.Leakage.Count(l => l.Flagged);
        output.Line($"TEST {test}: model AUC {comparison.AucA:F4} [{result.TestReport.Auc.Lower:F4}, {result.TestReport.Auc.Upper:F4}] against the " +
                    $"ground truth's {comparison.AucB:F4} on the same {rows.Count:N0} leads (difference {comparison.Difference:+0.0000;-0.0000}, p = {comparison.PValue:F2}); " +
                    $"top-decile lift {result.TestReport.TopDecileLift.Estimate:F2}x; leakage check: {(leak == 0 ? "nothing flagged" : $"{leak} feature(s) flagged")}");
    }

    private static (double[] Probabilities, int[] Labels) OracleProbabilities(string db, DateRange test)
    {
        using var warehouse = Store.Open(db);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = "SELECT o.probability, t.target FROM features.training t JOIN synth.oracle o USING (lead_id) " +
                              $"WHERE t.contacted_date BETWEEN DATE '{test.From:yyyy-MM-dd}' AND DATE '{test.To:yyyy-MM-dd}' ORDER BY t.contacted_date, t.lead_id";
        using var reader = command.ExecuteReader();
        var probabilities = new List<double>();
        var labels = new List<int>();
        while (reader.Read())
        {
            probabilities.Add(reader.GetDouble(0));
            labels.Add(Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture));
        }
        return (probabilities.ToArray(), labels.ToArray());
    }

    // The monthly run: every producing advisor scored and explained; the best ones with their reasons.
    private void Prospects(string db, string modelFolder, TrainingResult result)
    {
        var features = result.Schema.BindTo(result.Model);
        var leads = ScoredLeads.Score(db, result.Model, features, "advisor_crd", FeatureTables.ProspectTable);
        var calibrated = Enumerable.Range(0, leads.Count)
            .Select(i => result.Calibrator?.Apply(leads.Scores.Margin[i], leads.Scores.Probability[i]) ?? leads.Scores.Probability[i]).ToArray();
        var percentile = PercentileRank.Compute(calibrated);
        var order = Enumerable.Range(0, leads.Count).OrderByDescending(i => calibrated[i]).ToArray();
        double expected = order.Take(2_800).Sum(i => calibrated[i]);
        output.Line($"scored and explained {leads.Count:N0} prospects with {result.Model.Trees.Count} trees in {leads.Elapsed.TotalMilliseconds:F0} ms; {percentile.Distinct().Count()} distinct percentiles; " +
                    $"expected conversions among the best 2,800 (the monthly list): {expected:F0} (sum of calibrated probabilities); model: {modelFolder}");

        const int k = 3;
        var reasons = new ReasonCode[leads.Input.Stride * k];
        var top = order.Take(5).ToArray();
        foreach (var i in top) ReasonCodes.TopK(leads.Input, leads.Scores, i, 1, k, reasons);
        var layout = new OutputLayout("advisor_crd", leads.Features, shap: true, topK: k);
        var grid = new Table().AddPlainColumns("advisor", "calibrated p", "percentile", "top reasons (log-odds)");
        foreach (var i in top)
            grid.AddPlainRow(leads.Ids[i], calibrated[i].ToString("P2", CultureInfo.InvariantCulture), percentile[i].ToString(CultureInfo.InvariantCulture),
                string.Join("; ", reasons.AsSpan(i * k, k).ToArray().Where(r => r.Feature >= 0)
                    .Select(r => $"{layout.ReasonFeature(r)} = {layout.ReasonValue(r)} ({r.Contribution:+0.000;-0.000})")));
        output.Console.Write(grid);
    }
}
