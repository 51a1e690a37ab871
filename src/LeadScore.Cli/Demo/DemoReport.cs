using LeadScore.Data.Labeled;
using System.Globalization;
using LeadScore.Cli.Terminal;
using LeadScore.Data.Input;
using LeadScore.Data.Output;
using LeadScore.Engine.Explain;
using LeadScore.Engine.Model;
using LeadScore.Metrics;
using Spectre.Console;

namespace LeadScore.Cli.Demo;

/// <summary>Renders the demo's findings as tables: ours next to the published figures, then the reasons behind leads.</summary>
public sealed class DemoReport(CliOutput output)
{
    private const double Tolerance = 1e-7;

    public void Model(DemoModel demo, TreeEnsemble model, ScoredLeads leads, ModelEvaluation test, ModelEvaluation train,
        PublishedFigures published, ReferenceCheck? reference)
    {
        output.Console.WriteLine();
        output.Console.Write(new Rule($"[bold]{demo.Name}[/]: {model.Trees.Count} trees, depth ≤ {model.MaxDepth}, " +
                                     $"{model.FeatureNames.Count} features, {Markup.Escape(model.Producer)}").LeftJustified());
        output.Line($"scored and explained {leads.Count:N0} leads in {leads.Elapsed.TotalMilliseconds:F0} ms; " +
                    $"TEST {demo.Test}: {test.Count:N0} leads, {test.Conversions} converted ({test.ConversionRate:P2})");

        var metrics = new Table().AddColumns("metric", "leadscore", "published", "");
        Row(metrics, "TEST AUC", test.RocAuc, published.TestAuc);
        Row(metrics, "TEST average precision", test.AveragePrecision, published.TestAveragePrecision);
        Row(metrics, "TEST top-decile lift", test.TopDecileLift, published.TopDecileLift);
        Row(metrics, "TRAIN AUC", train.RocAuc, published.TrainAuc);
        metrics.AddRow("TEST leads", test.Count.ToString("N0", CultureInfo.InvariantCulture),
            published.TestSize?.ToString("N0", CultureInfo.InvariantCulture) ?? "-", Mark(published.TestSize is null ? null : published.TestSize == test.Count));
        output.Console.Write(metrics);
        Deciles(test.Deciles, published.Deciles);

        if (reference is not null)
            output.Line($"vs xgboost 1.7.4 (reference/{demo.ReferencePrefix}_*): margins identical for {reference.IdenticalMargins:N0} of " +
                        $"{reference.Rows:N0} TEST leads (max |diff| {reference.MaxMarginGap:G3}); SHAP max |diff| " +
                        $"{reference.MaxShapGap:E1} over {reference.ShapCells:N0} values");
        output.Line($"SHAP adds up: |sum of contributions + bias - margin| <= {leads.MaxAdditivityGap():E1} for all {leads.Count:N0} leads");
    }

    public void Reasons(ScoredLeads leads, IReadOnlyDictionary<string, LeadOutcome> outcomes, DateRange test, int count)
    {
        var rows = Enumerable.Range(0, leads.Count).Where(i => test.Contains(outcomes[leads.Ids[i]].ContactedDate)).ToArray();
        var scores = rows.Select(i => (double)leads.Scores.Probability[i]).ToArray();
        var percentile = PercentileRank.Compute(scores);
        var order = Enumerable.Range(0, rows.Length).OrderByDescending(j => scores[j]).ToArray();
        var chosen = order.Take((count + 1) / 2).Concat(order.TakeLast(count / 2)).Distinct().ToArray();

        const int k = 3;
        var reasons = new ReasonCode[leads.Input.Stride * k];
        foreach (var j in chosen) ReasonCodes.TopK(leads.Input, leads.Scores, rows[j], 1, k, reasons);
        var layout = new OutputLayout("lead_id", leads.Features, shap: true, topK: k);

        output.Console.WriteLine();
        output.Console.Write(new Rule("[bold]why[/]: the highest- and lowest-scored TEST leads, v4.1.0_r3 (exact TreeSHAP, log-odds)").LeftJustified());
        var table = new Table().AddColumns("lead", "score", "percentile", "converted", "top reasons");
        foreach (var j in chosen)
        {
            int i = rows[j];
            var text = string.Join("; ", reasons.AsSpan(i * k, k).ToArray().Where(r => r.Feature >= 0)
                .Select(r => $"{layout.ReasonFeature(r)} = {layout.ReasonValue(r)} ({r.Contribution:+0.000;-0.000})"));
            table.AddRow(leads.Ids[i], scores[j].ToString("F3", CultureInfo.InvariantCulture),
                percentile[j].ToString(CultureInfo.InvariantCulture), outcomes[leads.Ids[i]].Target == 1 ? "yes" : "no", Markup.Escape(text));
        }
        output.Console.Write(table);
    }

    private void Deciles(DecileTable deciles, IReadOnlyList<PublishedDecile> published)
    {
        var table = new Table().AddColumns("decile", "leads", "converted", "rate", "lift", "mean score");
        if (published.Count > 0) table.AddColumns("published leads", "published converted", "published lift", "");
        foreach (var row in deciles.Rows)
        {
            var cells = new List<string>
            {
                row.Decile.ToString(CultureInfo.InvariantCulture), row.Count.ToString("N0", CultureInfo.InvariantCulture),
                row.Conversions.ToString(CultureInfo.InvariantCulture), row.ConversionRate.ToString("P2", CultureInfo.InvariantCulture),
                row.Lift.ToString("F2", CultureInfo.InvariantCulture), row.MeanScore.ToString("F4", CultureInfo.InvariantCulture),
            };
            var p = published.FirstOrDefault(d => d.Decile == row.Decile);
            if (published.Count > 0)
            {
                cells.Add(p?.Count.ToString("N0", CultureInfo.InvariantCulture) ?? "-");
                cells.Add(p?.Conversions.ToString(CultureInfo.InvariantCulture) ?? "-");
                cells.Add(p?.Lift.ToString("F2", CultureInfo.InvariantCulture) ?? "-");
                cells.Add(Mark(p is null ? null : p.Count == row.Count && p.Conversions == row.Conversions && Math.Abs(p.Lift - row.Lift) < Tolerance));
            }
            table.AddRow(cells.ToArray());
        }
        output.Console.Write(table);
    }

    private static void Row(Table table, string name, double ours, double? published) =>
        table.AddRow(name, ours.ToString("F7", CultureInfo.InvariantCulture),
            published?.ToString("F7", CultureInfo.InvariantCulture) ?? "-",
            Mark(published is null ? null : Math.Abs(ours - published.Value) < Tolerance));

    private static string Mark(bool? match) => match switch
    {
        true => "[green]match[/]",
        false => "[red]differs[/]",
        null => "",
    };
}
