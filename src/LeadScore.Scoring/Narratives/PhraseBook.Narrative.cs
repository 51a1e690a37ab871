namespace LeadScore.Scoring.Narratives;

public sealed partial class PhraseBook
{
    /// <summary>
    /// Reasons whose contribution is smaller than this (in log-odds) are left out of narratives: 0.01 changes the odds by
    /// about 1%, well below anything a sales rep should be told about.
    /// </summary>
    public const double MinimumContribution = 0.01;

    /// <summary>The narrative when no reason reaches <see cref="MinimumContribution"/>.</summary>
    public const string NothingStandsOut = "No single factor stands out; the score is close to the average prospect's.";

    private const string Higher = "Scores higher because ";
    private const string Lower = "Scores lower because ";
    private const string ThenLower = "; lower because ";

    /// <summary>
    /// One sentence saying why an advisor scored as they did, e.g. "Scores higher because A and B; lower because C."
    /// Each clause is said under the direction of its own contribution's sign (never the feature's usual direction);
    /// within a direction the reasons keep their order. Reasons without a feature, or smaller than
    /// <see cref="MinimumContribution"/>, are left out; when none remain the sentence is <see cref="NothingStandsOut"/>.
    /// </summary>
    public string Narrative(ReadOnlySpan<Reason> reasons) => Narrative(reasons, null);

    /// <summary>The narrative, and when <paramref name="clauses"/> is given, each clause it holds (for checking it).</summary>
    internal string Narrative(ReadOnlySpan<Reason> reasons, List<Clause>? clauses)
    {
        int raising = 0, lowering = 0;
        foreach (var reason in reasons)
        {
            if (reason.Feature is null) continue;
            if (reason.Contribution >= MinimumContribution) raising++;
            else if (reason.Contribution <= -MinimumContribution) lowering++;
        }
        if (raising + lowering == 0) return NothingStandsOut;
        var text = new SentenceBuffer(stackalloc char[512]);
        try
        {
            if (raising > 0)
            {
                text.Append(Higher);
                Clauses(reasons, raises: true, raising, ref text, clauses);
            }
            if (lowering > 0)
            {
                text.Append(raising > 0 ? ThenLower : Lower);
                Clauses(reasons, raises: false, lowering, ref text, clauses);
            }
            text.Append('.');
            return text.ToString();
        }
        finally
        {
            text.Dispose();
        }
    }

    // Writes the kept clauses of one direction joined as "A", "A and B", "A, B and C".
    private void Clauses(ReadOnlySpan<Reason> reasons, bool raises, int count, ref SentenceBuffer text, List<Clause>? clauses)
    {
        int written = 0;
        foreach (var reason in reasons)
        {
            if (reason.Feature is null) continue;
            if (raises ? reason.Contribution < MinimumContribution : reason.Contribution > -MinimumContribution) continue;
            if (written > 0) text.Append(written == count - 1 ? " and " : ", ");
            int start = text.Length;
            bool generic = !Say(reason, ref text);
            clauses?.Add(new Clause(reason.Feature, raises, text.Text(start), generic));
            written++;
        }
    }

    // The clause for one reason; false when it had to be the generic one ("their firm rep count is 12").
    private bool Say(in Reason reason, ref SentenceBuffer text)
    {
        if (entries.TryGetValue(reason.Feature, out var phrases) && phrases.Pick(reason.Value, reason.Label, out var shown) is { } phrase)
        {
            phrase.Render(ref text, shown, reason.Label);
            return true;
        }
        text.Append("their ");
        text.Append(reason.Feature.Replace('_', ' '));
        if (double.IsNaN(reason.Value))
        {
            text.Append(" is not on file");
            return false;
        }
        text.Append(" is ");
        if (reason.Label is not null) text.Append(reason.Label);
        else SpokenValue.Number(ref text, reason.Value);
        return false;
    }

    /// <summary>Whether <paramref name="feature"/> has a phrase of its own (not the generic one) for this value or label.</summary>
    internal bool HasPhraseFor(string feature, double value, string? label) =>
        entries.TryGetValue(feature, out var phrases) && phrases.Pick(value, label, out _) is not null;
}
