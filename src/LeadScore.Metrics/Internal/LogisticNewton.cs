namespace LeadScore.Metrics.Internal;

/// <summary>Maximum-likelihood logistic regression on one feature plus an intercept, by damped Newton steps.</summary>
internal static class LogisticNewton
{
    /// <summary>
    /// Minimises the cross-entropy of targets <paramref name="t"/> (in [0, 1]) against
    /// <c>sigmoid(a * x + b)</c>. Returns null when it has not converged within <paramref name="maxIterations"/>
    /// (the likelihood has no finite maximum, i.e. perfect separation with hard 0/1 targets).
    /// </summary>
    public static (double A, double B)? Fit(double[] x, double[] t, int maxIterations)
    {
        // Start from the intercept-only solution: the logit of the mean target.
        var mean = t.Average();
        double a = 0.0, b = Math.Log(mean / (1.0 - mean));
        var loss = Loss(x, t, a, b);
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            double ga = 0.0, gb = 0.0, haa = 0.0, hab = 0.0, hbb = 0.0;
            for (var i = 0; i < x.Length; i++)
            {
                var p = Sigmoid(a * x[i] + b);
                var residual = p - t[i];
                var w = p * (1.0 - p);
                ga += residual * x[i];
                gb += residual;
                haa += w * x[i] * x[i];
                hab += w * x[i];
                hbb += w;
            }

            var determinant = haa * hbb - hab * hab;
            if (!(determinant > 0.0))
            {
                return null;
            }

            var stepA = (hbb * ga - hab * gb) / determinant;
            var stepB = (haa * gb - hab * ga) / determinant;
            var scale = 1.0;
            double newA, newB, newLoss;
            while (true)
            {
                newA = a - scale * stepA;
                newB = b - scale * stepB;
                newLoss = Loss(x, t, newA, newB);
                if (newLoss <= loss || scale < 1e-10)
                {
                    break;
                }

                scale /= 2.0;
            }

            var change = Math.Max(Math.Abs(newA - a) / Math.Max(1.0, Math.Abs(a)), Math.Abs(newB - b) / Math.Max(1.0, Math.Abs(b)));
            (a, b, loss) = (newA, newB, newLoss);
            if (change < 1e-12)
            {
                return (a, b);
            }
        }

        return null;
    }

    /// <summary>1 / (1 + exp(-z)) without overflow.</summary>
    public static double Sigmoid(double z) =>
        z >= 0.0 ? 1.0 / (1.0 + Math.Exp(-z)) : Math.Exp(z) / (1.0 + Math.Exp(z));

    /// <summary>Total cross-entropy, using log(1 + exp(z)) - t * z (stable for any z).</summary>
    private static double Loss(double[] x, double[] t, double a, double b)
    {
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            var z = a * x[i] + b;
            var softplus = z > 0.0 ? z + Math.Log(1.0 + Math.Exp(-z)) : Math.Log(1.0 + Math.Exp(z));
            sum += softplus - t[i] * z;
        }

        return sum;
    }
}
