using System.Globalization;

namespace LeadScore.Engine.Import;

/// <summary>
/// XGBoost's base_score, written as a plain number ("0.5", "5E-1") by 1.x–3.0 and as a bracketed vector
/// ("[5E-1]", "[2.3813374E-2]") by 3.1+. The value is parsed, never defaulted: a wrong base_score shifts every margin.
/// </summary>
public static class BaseScore
{
    /// <summary>The base_score as XGBoost holds it (float32), or null when the text is not one probability.</summary>
    public static float? Parse(string text)
    {
        var s = text.Trim();
        if (s.StartsWith('[') && s.EndsWith(']')) s = s[1..^1].Trim();
        if (s.Contains(',')) return null; // one value per target: only single-target models are supported
        if (!float.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return null;
        return value > 0 && value < 1 ? value : null;
    }

    /// <summary>logit(base_score) computed in float32, as XGBoost's logistic objective does.</summary>
    public static float ToMargin(float baseScore)
    {
        float odds = 1.0f / baseScore - 1.0f;
        return -MathF.Log(odds);
    }
}
