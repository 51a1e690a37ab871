using System.Globalization;
using LeadScore.Cli.Terminal;
using Spectre.Console;

namespace LeadScore.Cli.Views;

/// <summary>One scored row to show with its reasons: id, score, percentile, the outcome when known, and the top reasons.</summary>
public sealed record ExplainedRow(string Id, double Score, int Percentile, bool? Converted, IReadOnlyList<string> Reasons);

/// <summary>A table of scored rows with the reasons behind each score (exact TreeSHAP, log-odds).</summary>
public static class ExplainedRowsView
{
    public static void Show(CliOutput output, string idHeader, string scoreHeader, IReadOnlyList<ExplainedRow> rows, string scoreFormat = "F3")
    {
        bool outcomes = rows.Any(r => r.Converted is not null);
        var table = new Table().AddPlainColumns([idHeader, scoreHeader, "percentile", .. outcomes ? new[] { "converted" } : [], "top reasons (log-odds)"]);
        foreach (var r in rows)
            table.AddPlainRow([r.Id, r.Score.ToString(scoreFormat, CultureInfo.InvariantCulture), r.Percentile.ToString(CultureInfo.InvariantCulture),
                .. outcomes ? new[] { r.Converted == true ? "yes" : "no" } : [], string.Join("; ", r.Reasons)]);
        output.Console.Write(table);
    }
}
