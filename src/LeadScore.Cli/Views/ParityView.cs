using System.Globalization;
using LeadScore.Cli.Fixtures;
using LeadScore.Cli.Terminal;
using LeadScore.Data;
using LeadScore.Engine.Model;
using LeadScore.Metrics;
using Spectre.Console;

namespace LeadScore.Cli.Views;

/// <summary>Our figures for one of the original models next to the ones its team published, marked match or differs.</summary>
public sealed class ParityView(CliOutput output)
{
    private const double Tolerance = 1e-7;

    public void Model(OriginalModel original, TreeEnsemble model, ScoredTable leads, ModelEvaluation test, ModelEvaluation train,
        PublishedFigures published, ReferenceCheck? reference)
    {
        output.Console.WriteLine();
        output.Console.Write(new Rule($"[bold]{original.Name}[/]: {model.Trees.Count} trees, depth ≤ {model.MaxDepth}, " +
                                     $"{model.FeatureNames.Count} features, {Markup.Escape(model.Producer)}").LeftJustified());
        output.Line($"scored and explained {leads.Count:N0} leads in {leads.Elapsed.TotalMilliseconds:F0} ms; " +
                    $"TEST {original.Test}: {test.Count:N0} leads, {test.Conversions} converted ({test.ConversionRate:P2})");

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
            output.Line($"vs xgboost 1.7.4 (reference/{original.ReferencePrefix}_*): margins identical for {reference.IdenticalMargins:N0} of " +
                        $"{reference.Rows:N0} TEST leads (max |diff| {reference.MaxMarginGap:G3}); SHAP max |diff| " +
                        $"{reference.MaxShapGap:E1} over {reference.ShapCells:N0} values");
        output.Line($"SHAP adds up: |sum of contributions + bias - margin| <= {leads.MaxAdditivityGap():E1} for all {leads.Count:N0} leads");
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
