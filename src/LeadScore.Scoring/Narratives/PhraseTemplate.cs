namespace LeadScore.Scoring.Narratives;

/// <summary>
/// One phrase of the phrase file, compiled once when the file is read: literal text and placeholders, in order.
/// Rendering walks the parts and formats the value; it never parses text.
/// </summary>
internal sealed class PhraseTemplate
{
    /// <summary>The placeholders, as written between braces in a phrase (<c>{count:noun}</c> also takes a noun).</summary>
    public const string Placeholders = "{count}, {count:noun} (or {count:singular|plural}), {days}, {months}, {years}, {percent}, {number}, {label}";

    private readonly Part[] parts;

    private PhraseTemplate(Part[] parts, bool showsValue)
    {
        this.parts = parts;
        ShowsValue = showsValue;
    }

    /// <summary>Whether the phrase has a placeholder.</summary>
    public bool ShowsValue { get; }

    /// <summary>
    /// Compiles <paramref name="phrase"/>, or returns why it cannot be used: empty, a brace out of place, an unknown
    /// placeholder, a placeholder where no value is shown (<paramref name="placeholdersAllowed"/> false), or final
    /// punctuation (a phrase is a clause inside a sentence).
    /// </summary>
    public static PhraseTemplate? Compile(string phrase, bool placeholdersAllowed, out string? problem)
    {
        problem = null;
        var trimmed = phrase.Trim();
        if (trimmed.Length == 0) return Refuse("the phrase is empty", out problem);
        if (trimmed[^1] is '.' or ';' or ',') return Refuse($"the phrase ends in '{trimmed[^1]}'; write it as a clause, without final punctuation", out problem);
        var parts = new List<Part>();
        int at = 0;
        while (at < trimmed.Length)
        {
            int open = trimmed.IndexOfAny(['{', '}'], at);
            if (open < 0)
            {
                parts.Add(Part.Literal(trimmed[at..]));
                break;
            }
            if (trimmed[open] == '}') return Refuse("a '}' without an opening '{'", out problem);
            if (open > at) parts.Add(Part.Literal(trimmed[at..open]));
            int close = trimmed.IndexOfAny(['{', '}'], open + 1);
            if (close < 0 || trimmed[close] == '{') return Refuse("a '{' without its closing '}'", out problem);
            var name = trimmed[(open + 1)..close];
            var placeholder = Part.Placeholder(name);
            if (placeholder is null) return Refuse($"unknown placeholder {{{name}}}; the placeholders are {Placeholders}", out problem);
            if (!placeholdersAllowed) return Refuse($"{{{name}}} has no value to show in this phrase; write it without placeholders", out problem);
            parts.Add(placeholder.Value);
            at = close + 1;
        }
        return new PhraseTemplate(parts.ToArray(), parts.Exists(p => p.Kind != Kind.Literal));
    }

    /// <summary>Writes the phrase for <paramref name="value"/> (already made positive when the phrase is for negative values).</summary>
    public void Render(ref SentenceBuffer text, double value, string? label)
    {
        foreach (var part in parts)
        {
            switch (part.Kind)
            {
                case Kind.Literal: text.Append(part.Text!); break;
                case Kind.Count: SpokenValue.Count(ref text, value, part.Text, part.Plural); break;
                case Kind.Days: SpokenValue.Days(ref text, value); break;
                case Kind.Months: SpokenValue.Months(ref text, value); break;
                case Kind.Years: SpokenValue.Years(ref text, value); break;
                case Kind.Percent: SpokenValue.Percent(ref text, value); break;
                case Kind.Number: SpokenValue.Number(ref text, value); break;
                case Kind.Label:
                    if (label is null) SpokenValue.Number(ref text, value);
                    else text.Append(label);
                    break;
            }
        }
    }

    private static PhraseTemplate? Refuse(string why, out string? problem)
    {
        problem = why;
        return null;
    }

    private enum Kind { Literal, Count, Days, Months, Years, Percent, Number, Label }

    // Text is the literal, or the singular noun of a count; Plural is the count's plural noun.
    private readonly record struct Part(Kind Kind, string? Text, string? Plural)
    {
        public static Part Literal(string text) => new(Kind.Literal, text, null);

        public static Part? Placeholder(string name)
        {
            switch (name)
            {
                case "count": return new(Kind.Count, null, null);
                case "days": return new(Kind.Days, null, null);
                case "months": return new(Kind.Months, null, null);
                case "years": return new(Kind.Years, null, null);
                case "percent": return new(Kind.Percent, null, null);
                case "number": return new(Kind.Number, null, null);
                case "label": return new(Kind.Label, null, null);
            }
            if (!name.StartsWith("count:", StringComparison.Ordinal)) return null;
            var nouns = name["count:".Length..].Split('|');
            if (nouns.Length > 2 || Array.Exists(nouns, n => n.Trim().Length == 0 || n != n.Trim())) return null;
            return new(Kind.Count, nouns[0], nouns.Length == 2 ? nouns[1] : nouns[0] + "s");
        }
    }
}
