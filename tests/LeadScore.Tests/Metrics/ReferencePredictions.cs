using System.Globalization;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Metrics;

/// <summary>A reference predictions CSV from the fixtures: float32 probabilities, targets and (if present) deciles.</summary>
internal sealed record ReferencePredictions(double[] Probability, int[] Target, int[]? Decile)
{
    public static ReferencePredictions Load(string fileName)
    {
        var lines = File.ReadAllLines(Fixtures.Path("reference", fileName));
        var header = lines[0].Split(',');
        int probability = Array.IndexOf(header, "probability"), target = Array.IndexOf(header, "target");
        var decile = Array.IndexOf(header, "decile");

        var rows = lines.Skip(1).Where(line => line.Length > 0).Select(line => line.Split(',')).ToArray();

        // The column holds float32 values printed as text: parse as float, then widen, as pandas saw them.
        var probabilities = rows.Select(r => (double)float.Parse(r[probability], CultureInfo.InvariantCulture)).ToArray();
        var targets = rows.Select(r => int.Parse(r[target], CultureInfo.InvariantCulture)).ToArray();
        var deciles = decile < 0 ? null : rows.Select(r => int.Parse(r[decile], CultureInfo.InvariantCulture)).ToArray();
        return new ReferencePredictions(probabilities, targets, deciles);
    }
}
