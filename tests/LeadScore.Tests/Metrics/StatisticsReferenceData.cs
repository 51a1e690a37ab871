namespace LeadScore.Tests.Metrics;

/// <summary>
/// Inputs for the statistics reference tests. The same formulas are in reference/make_statistics_reference.py,
/// which produced the pinned expected values (numpy 1.24.2, scipy 1.10.1, scikit-learn 1.2.1, statsmodels 0.13.5).
/// Integer arithmetic then one division, so both languages build bit-identical doubles.
/// </summary>
internal static class StatisticsReferenceData
{
    public const int Rows = 3400;

    /// <summary>3,400 leads with exactly 133 conversions, scored by two models with tied scores.</summary>
    public static (double[] ScoresA, double[] ScoresB, int[] Labels) Leads()
    {
        var a = new double[Rows];
        var b = new double[Rows];
        var labels = new int[Rows];
        for (long i = 0; i < Rows; i++)
        {
            var label = i * 37 % Rows < 133 ? 1 : 0;
            labels[i] = label;
            a[i] = (i * 7919 % 1013 + 300 * label * (i % 3 != 0 ? 1 : 0)) / 1400.0;
            b[i] = (i * 104729 % 2003 + 500 * label * (i % 5 < 3 ? 1 : 0)) / 2600.0;
        }

        return (a, b, labels);
    }

    /// <summary>3,400 probabilities on 997 levels; labels drawn against 0.3 * p (516 positives).</summary>
    public static (double[] Probabilities, int[] Labels) Probabilities()
    {
        var p = new double[Rows];
        var labels = new int[Rows];
        for (long i = 0; i < Rows; i++)
        {
            var level = i * 7919 % 997;
            p[i] = level / 997.0;
            labels[i] = i * 31 % 1000 < 300 * level / 997 ? 1 : 0;
        }

        return (p, labels);
    }

    /// <summary>3,400 raw scores on 211 levels (heavy ties); labels likelier at high scores (1,029 positives).</summary>
    public static (double[] Scores, int[] Labels) TiedScores()
    {
        var s = new double[Rows];
        var labels = new int[Rows];
        for (long i = 0; i < Rows; i++)
        {
            var level = i * 7919 % 211;
            s[i] = level / 211.0;
            labels[i] = i * 31 % 1000 < level * level / 50 ? 1 : 0;
        }

        return (s, labels);
    }

    /// <summary>3,400 margins in [-5.06, 5.06]; labels likelier at high margins (283 positives).</summary>
    public static (double[] Margins, int[] Labels) Margins()
    {
        var m = new double[Rows];
        var labels = new int[Rows];
        for (long i = 0; i < Rows; i++)
        {
            var level = i * 7919 % 1013;
            m[i] = (level - 506) / 100.0;
            labels[i] = i * 31 % 1000 < 20 + level / 8 ? 1 : 0;
        }

        return (m, labels);
    }

    /// <summary>The KS / PSI sample formula: ((k * mult) % mod) / mod * scale + shift.</summary>
    public static double[] Sample(int n, long mult, long mod, double shift, double scale)
    {
        var x = new double[n];
        for (long k = 0; k < n; k++)
        {
            x[k] = k * mult % mod / (double)mod * scale + shift;
        }

        return x;
    }
}
