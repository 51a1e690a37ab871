using System.Globalization;
using LeadScore.Cli.Terminal;
using LeadScore.Warehouse.Features;
using Spectre.Console;

namespace LeadScore.Cli.Views;

/// <summary>The side-by-side distributions of <see cref="FeatureComparison"/>: mean, median, p90, zeros and NULLs of each shared feature.</summary>
public static class FeatureDistributionView
{
    public static void Show(CliOutput output, IReadOnlyList<FeatureDistribution> rows, string ours, string theirs)
    {
        string F(double v) => double.IsNaN(v) ? "-" : Math.Abs(v) >= 100 ? v.ToString("N0", CultureInfo.InvariantCulture) : v.ToString("0.###", CultureInfo.InvariantCulture);
        string P(double v) => double.IsNaN(v) ? "-" : v.ToString("P1", CultureInfo.InvariantCulture);
        var grid = new Table().Title(Markup.Escape($"{ours} (left of /) against {theirs} (right)"))
            .AddPlainColumns("feature", "mean", "median", "p90", "zeros", "NULL");
        foreach (var r in rows)
            grid.AddPlainRow(r.Feature, $"{F(r.Ours.Mean)} / {F(r.Theirs.Mean)}", $"{F(r.Ours.Median)} / {F(r.Theirs.Median)}",
                $"{F(r.Ours.P90)} / {F(r.Theirs.P90)}", $"{P(r.Ours.ShareZero)} / {P(r.Theirs.ShareZero)}", $"{P(r.Ours.ShareNull)} / {P(r.Theirs.ShareNull)}");
        output.Console.Write(grid);
    }
}
