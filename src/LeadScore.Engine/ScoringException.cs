namespace LeadScore.Engine;

/// <summary>
/// The engine's one error type: a model, schema or input row the engine cannot use. Messages are one line that
/// says what is wrong and what to do; they are written once, in the static factories of the partial files.
/// </summary>
public sealed partial class ScoringException : Exception
{
    private ScoringException(string message) : base(message) { }

    private static string List(IEnumerable<string> items, int max = 5)
    {
        var all = items.ToList();
        var shown = string.Join(", ", all.Take(max));
        return all.Count > max ? $"{shown} … ({all.Count} in all)" : shown;
    }
}
