using System.Globalization;
using LeadScore.Charts;
using LeadScore.Cli.Terminal;
using LeadScore.Scoring;
using Spectre.Console;

namespace LeadScore.Cli.Views;

/// <summary>What a scoring run shows: its checks, the champion's best-scored advisors with their narratives, and the score chart.</summary>
public static class ScoringRunView
{
    public static void Show(CliOutput output, ScoringResult result)
    {
        RunChecksView.Show(output, result.Checks);
        if (!result.Succeeded) return;
        var champion = result.Models[0];
        var table = new Table().Title($"best-scored advisors, {champion.Model.Version}").AddPlainColumns("advisor", "score", "percentile", "narrative");
        foreach (var i in Enumerable.Range(0, champion.Count).OrderByDescending(i => champion.Margins[i]).ThenBy(i => champion.Advisors[i]).Take(5))
            table.AddPlainRow(champion.Advisors[i].ToString(CultureInfo.InvariantCulture), champion.Score[i].ToString("P2", CultureInfo.InvariantCulture),
                champion.Percentiles[i].ToString(CultureInfo.InvariantCulture), champion.Narratives[i]);
        output.Console.Write(table);
    }

    /// <summary>Every model's score distribution in the run, on one chart.</summary>
    public static Chart Distribution(ScoringResult result) =>
        DistributionChart.Of($"scores of run {result.Run.RunId} ({result.Run.AsOf:yyyy-MM-dd}), {result.Run.Advisors:N0} advisors",
            result.Models.Select(m => new DistributionSeries($"{m.Model.Version} ({m.Model.Source.Role.Name()})", m.Score)).ToArray(),
            "score (calibrated probability where the model has a calibrator)");
}
