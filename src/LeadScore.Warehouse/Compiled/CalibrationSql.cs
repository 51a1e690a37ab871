using LeadScore.Metrics;
using LeadScore.Models.Calibration;
using LeadScore.Warehouse.Dialects;

namespace LeadScore.Warehouse.Compiled;

/// <summary>
/// A model's calibrator as SQL over the compiled margin and probability (DOUBLE expressions), computing what
/// <see cref="ScoreCalibrator.Apply(double, double)"/> computes with the same constants: isotonic interpolation
/// between the knots (each knot's own value on it, the end segments extended and clamped, plus the tie-break
/// logistic), or Platt's logistic of the margin.
/// </summary>
internal static class CalibrationSql
{
    public static string Expression(ScoreCalibrator calibrator, string margin, string probability, SqlDialect dialect) =>
        calibrator.Isotonic is { } isotonic ? Isotonic(isotonic, probability, dialect) : Platt(calibrator.Platt!, margin, dialect);

    private static string Isotonic(IsotonicCalibrator isotonic, string p, SqlDialect d)
    {
        var (x, y) = (isotonic.Knots.X, isotonic.Knots.Y);
        string D(double v) => d.Double(v);
        string centred;
        if (x.Length == 1) centred = D(y[0]);
        else
        {
            var cases = new List<string>();
            string Extend(int j, int k, int anchor) =>
                $"least(greatest({D(y[anchor])} + {D((y[k] - y[j]) / (x[k] - x[j]))} * ({p} - {D(x[anchor])}), {D(0)}), {D(1)})";
            cases.Add($"WHEN {p} < {D(x[0])} THEN {Extend(0, 1, 0)}");
            for (int j = 0; j < x.Length - 1; j++)
            {
                cases.Add($"WHEN {p} = {D(x[j])} THEN {D(y[j])}");
                cases.Add($"WHEN {p} < {D(x[j + 1])} THEN {D((y[j + 1] - y[j]) / (x[j + 1] - x[j]))} * ({p} - {D(x[j])}) + {D(y[j])}");
            }
            cases.Add($"WHEN {p} = {D(x[^1])} THEN {D(y[^1])}");
            centred = $"CASE {string.Join(" ", cases)} ELSE {Extend(x.Length - 2, x.Length - 1, x.Length - 1)} END";
        }
        double center = 0.5 * (x[0] + x[^1]), scale = x.Length > 1 ? 0.5 * (x[^1] - x[0]) : 1.0;
        // The exponent grows without bound for knots close together (C#'s exp gives infinity there, the tie-break 0).
        var tieBreak = $"{D(1)} / ({D(1)} + {d.ExpCapped($"-({p} - {D(center)}) / {D(scale)}")})";
        return $"{D(1.0 - IsotonicCalibrator.TieBreakWeight)} * ({centred}) + {D(IsotonicCalibrator.TieBreakWeight)} * ({tieBreak})";
    }

    private static string Platt(PlattCalibrator platt, string margin, SqlDialect d)
    {
        var z = $"({d.Double(platt.A)} * {margin} + {d.Double(platt.B)})";
        return $"CASE WHEN {z} >= {d.Double(0)} THEN {d.Double(1)} / ({d.Double(1)} + {d.Exp($"-{z}")}) " +
               $"ELSE {d.Exp(z)} / ({d.Double(1)} + {d.Exp(z)}) END";
    }
}
