using System.Globalization;

using LeadScore.Data;

namespace LeadScore.Cli.Fixtures;

/// <summary>Compares scores and SHAP values with the xgboost reference outputs in the fixtures, when present.</summary>
public sealed record ReferenceCheck(int Rows, int IdenticalMargins, double MaxMarginGap, double MaxShapGap, int ShapCells)
{
    public static ReferenceCheck? Run(ScoredTable leads, OriginalModel model, string fixtures)
    {
        var predictions = Path.Combine(fixtures, "reference", $"{model.ReferencePrefix}_test_predictions.csv");
        var shap = Path.Combine(fixtures, "reference", $"{model.ReferencePrefix}_test_shap.csv");
        if (!File.Exists(predictions) || !File.Exists(shap)) return null;
        var row = new Dictionary<string, int>();
        for (int i = 0; i < leads.Count; i++) row[leads.Ids[i]] = i;

        int rows = 0, identical = 0;
        double marginGap = 0;
        foreach (var p in ReadCsv(predictions, out var header))
        {
            int i = row[p[Array.IndexOf(header, "lead_id")]];
            float expected = float.Parse(p[Array.IndexOf(header, "margin")], CultureInfo.InvariantCulture);
            rows++;
            if (expected == leads.Scores.Margin[i]) identical++;
            marginGap = Math.Max(marginGap, Math.Abs(expected - leads.Scores.Margin[i]));
        }

        double shapGap = 0;
        int cells = 0;
        foreach (var p in ReadCsv(shap, out var header))
        {
            int i = row[p[0]];
            for (int c = 1; c < header.Length; c++)
            {
                int f = header[c] == "bias" ? leads.Features.Count : IndexOf(leads, header[c]);
                double expected = double.Parse(p[c], CultureInfo.InvariantCulture);
                shapGap = Math.Max(shapGap, Math.Abs(expected - leads.Scores.ShapValue(i, f)));
                cells++;
            }
        }
        return new ReferenceCheck(rows, identical, marginGap, shapGap, cells);
    }

    private static int IndexOf(ScoredTable leads, string feature)
    {
        for (int f = 0; f < leads.Features.Count; f++)
            if (leads.Features[f].Name == feature) return f;
        throw new InvalidDataException($"reference column {feature} is not a model feature");
    }

    private static IEnumerable<string[]> ReadCsv(string path, out string[] header)
    {
        var lines = File.ReadAllLines(path);
        header = lines[0].Split(',');
        return lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','));
    }
}
