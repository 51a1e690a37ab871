namespace LeadScore.LightGbm;

/// <summary>
/// A failure reported by the native LightGBM library (bad parameters, malformed model text,
/// shape mismatches it detects, ...). Caller mistakes that can be caught before calling
/// LightGBM throw the usual <see cref="ArgumentException"/> family instead, and use after
/// dispose throws <see cref="ObjectDisposedException"/>.
/// </summary>
public sealed class LightGbmException : Exception
{
    private LightGbmException(string message, string function, string nativeMessage)
        : base(message)
    {
        Function = function;
        NativeMessage = nativeMessage;
    }

    /// <summary>The C-API function that failed, e.g. "LGBM_BoosterCreate".</summary>
    public string Function { get; }

    /// <summary>LightGBM's own message (from LGBM_GetLastError), or our explanation.</summary>
    public string NativeMessage { get; }

    internal static LightGbmException NativeCallFailed(string function, string nativeMessage)
    {
        string detail = string.IsNullOrWhiteSpace(nativeMessage) ? "no message from LightGBM" : nativeMessage.Trim();

        // Some LightGBM messages span lines (e.g. the feature-count check adds a hint line);
        // Message stays one line for logs, NativeMessage keeps the original text.
        string oneLine = string.Join(' ', detail.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return new LightGbmException($"{function} failed: {oneLine}", function, detail);
    }

    internal static LightGbmException BufferKeptGrowing(string function, long lastRequestedSize)
    {
        string detail = $"the output still did not fit after resizing the buffer to {lastRequestedSize} bytes";
        return new LightGbmException($"{function} failed: {detail}", function, detail);
    }

    internal static LightGbmException UnexpectedOutputLength(string function, long expected, long actual)
    {
        string detail = $"LightGBM wrote {actual} values where {expected} were expected";
        return new LightGbmException($"{function} failed: {detail}", function, detail);
    }
}
