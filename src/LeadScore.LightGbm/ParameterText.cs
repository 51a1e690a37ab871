using System.Globalization;

namespace LeadScore.LightGbm;

/// <summary>
/// Helpers for LightGBM's "key=value key=value" parameter strings.
/// </summary>
internal static class ParameterText
{
    /// <summary>
    /// Thread count used whenever the caller does not choose one. On the 2-core machines this
    /// project runs on, OpenMP's spinning workers made num_threads=2 20-40x slower as soon as
    /// the other core was busy (tests run in parallel, builds run next to us); one thread is
    /// never the slow case there.
    /// </summary>
    internal const int DefaultNumThreads = 1;

    // LightGBM's aliases for num_threads.
    private static readonly string[] ThreadKeys = ["num_threads", "num_thread", "nthread", "nthreads", "n_jobs"];

    /// <summary>Returns the parameters with num_threads=1 appended unless a thread count is present.</summary>
    internal static string WithThreadDefault(string? parameters)
    {
        string text = (parameters ?? string.Empty).Trim();
        if (FindThreadCount(text) is not null)
        {
            return text;
        }

        string fallback = "num_threads=" + DefaultNumThreads.ToString(CultureInfo.InvariantCulture);
        return text.Length == 0 ? fallback : text + " " + fallback;
    }

    /// <summary>The thread count the parameters ask for, or the default.</summary>
    internal static int ThreadCountOrDefault(string? parameters) =>
        FindThreadCount(parameters ?? string.Empty) is { } n && n > 0 ? n : DefaultNumThreads;

    private static int? FindThreadCount(string text)
    {
        int? found = null;
        foreach (string token in text.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = token.IndexOf('=');
            if (eq <= 0 || !ThreadKeys.Contains(token[..eq].Trim(), StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            // LightGBM keeps the first occurrence of a key; mirror that.
            found ??= int.TryParse(token[(eq + 1)..], NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) ? n : 0;
        }

        return found;
    }
}
