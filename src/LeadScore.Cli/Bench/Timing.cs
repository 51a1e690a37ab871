using System.Diagnostics;

namespace LeadScore.Cli.Bench;

/// <summary>Wall-clock timing: the best of a few passes after one warm-up pass (JIT, caches).</summary>
public static class Timing
{
    public static TimeSpan Best(Action pass, int passes = 3, bool warmUp = true)
    {
        if (warmUp) pass();
        var best = TimeSpan.MaxValue;
        for (int i = 0; i < passes; i++)
        {
            var watch = Stopwatch.StartNew();
            pass();
            if (watch.Elapsed < best) best = watch.Elapsed;
        }
        return best;
    }

    public static string Rate(long rows, TimeSpan elapsed)
    {
        double perSecond = rows / elapsed.TotalSeconds;
        return perSecond >= 1e6 ? $"{perSecond / 1e6:F2} M rows/s" : perSecond >= 1e3 ? $"{perSecond / 1e3:F1} K rows/s" : $"{perSecond:F0} rows/s";
    }

    public static string Duration(TimeSpan elapsed) =>
        elapsed.TotalSeconds >= 1 ? $"{elapsed.TotalSeconds:F2} s" : $"{elapsed.TotalMilliseconds:F0} ms";
}
