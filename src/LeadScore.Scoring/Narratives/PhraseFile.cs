using System.Globalization;
using System.Text.Json;

namespace LeadScore.Scoring.Narratives;

// The phrase file: what each feature of one feature set means and how to say an advisor's value of it.
//
//   {
//     "feature_set": "v4.1.0_r3",                        optional: the feature set the phrases are for
//     "features": {
//       "<feature name>": {
//         "means":    "one short line: what the feature is",                  required
//         "usually":  "higher_raises" | "higher_lowers" | "either",           required; for readers only
//         "value":    "their firm has {count:advisor}",                       any number
//         "negative": "their firm lost a net {count:advisor} in the last year", a number below 0, shown without its sign
//         "yes":      "they have an email address on file",                   the value 1 (a 0/1 flag)
//         "no":       "they have no email address on file",                   the value 0 (a 0/1 flag)
//         "values":   { "9999": "...", "120+": "..." },                       an exact number, or a category label
//         "missing":  "their firm's size is not on file"                      required: the value is missing (NaN)
//       } } }
//
// A phrase is a clause that follows "because" in "Scores higher because ...", so it has its own subject ("they ...",
// "their firm ...") and no final punctuation. It must state the value, never judge it: the same clause is said after
// "higher because" or "lower because", whichever way this advisor's contribution went. Which phrase is used, in order:
// missing; values (label, then number); yes/no; negative; value; otherwise a generic phrase built from the name.
// yes and no come together, and a feature needs at least one of value, yes/no or values.
//
// Placeholders, in value, negative and values phrases only (yes, no and missing show no number):
//   {count}            a whole number: 1,418                {count:advisor}     1 advisor, 1,418 advisors
//   {count:person|people}  an irregular plural             {number}            up to 2 decimals: 0.25
//   {days} {months} {years}  a duration in that unit, said as days under 60 days, months under 24 months, otherwise
//                      years (one decimal under 10 years): 19 days, 8 months, 3.5 years, 23 years
//   {percent}          a fraction as a percent: 0.12 -> 12%  {label}            the category label (the number if none)
//
// Reading checks the whole file and refuses, in one line naming the feature and the field: unknown fields, a field
// given twice, a phrase that is empty or ends in punctuation, an unknown placeholder, a brace out of place, an
// unknown direction, yes without no (or no without yes), and a feature with no phrase for its values.

/// <summary>Reads and validates a phrase file (format above) into compiled phrases, one entry per feature.</summary>
internal static class PhraseFile
{
    private static readonly string[] Fields = ["means", "usually", "value", "negative", "yes", "no", "values", "missing"];

    /// <summary>The compiled entries of the file read from <paramref name="json"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="ScoringRunException">The file is not valid JSON or breaks the format.</exception>
    public static Dictionary<string, FeaturePhrases> Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw ScoringRunException.PhraseFile(source, $"not valid JSON ({OneLine(e.Message)})");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw ScoringRunException.PhraseFile(source, "the file must be a JSON object with a \"features\" object");
            JsonElement? features = null;
            foreach (var field in Unique(root, source, "the file"))
            {
                switch (field.Name)
                {
                    case "feature_set" when field.Value.ValueKind == JsonValueKind.String: break;
                    case "feature_set": throw ScoringRunException.PhraseFile(source, "field 'feature_set': must be a string");
                    case "features" when field.Value.ValueKind == JsonValueKind.Object: features = field.Value; break;
                    case "features": throw ScoringRunException.PhraseFile(source, "field 'features': must be an object of feature name -> phrases");
                    default: throw ScoringRunException.PhraseFile(source, $"field '{field.Name}': unknown field; the file has only 'feature_set' and 'features'");
                }
            }
            if (features is null) throw ScoringRunException.PhraseFile(source, "field 'features' is missing");
            var entries = new Dictionary<string, FeaturePhrases>(StringComparer.Ordinal);
            foreach (var feature in Unique(features.Value, source, "field 'features'"))
            {
                if (feature.Name.Trim().Length == 0) throw ScoringRunException.PhraseFile(source, "field 'features': a feature name is empty");
                entries[feature.Name] = Entry(feature.Name, feature.Value, source);
            }
            if (entries.Count == 0) throw ScoringRunException.PhraseFile(source, "field 'features' is empty");
            return entries;
        }
    }

    private static FeaturePhrases Entry(string feature, JsonElement entry, string source)
    {
        var where = $"feature '{feature}'";
        if (entry.ValueKind != JsonValueKind.Object) throw ScoringRunException.PhraseFile(source, $"{where}: must be an object with the fields {string.Join(", ", Fields)}");
        var given = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var field in Unique(entry, source, where))
        {
            if (Array.IndexOf(Fields, field.Name) < 0)
                throw ScoringRunException.PhraseFile(source, $"{where}, field '{field.Name}': unknown field; the fields are {string.Join(", ", Fields)}");
            given[field.Name] = field.Value;
        }
        var means = Text(given, "means", source, where) ?? throw Missing(source, where, "means");
        if (means.Trim().Length == 0) throw ScoringRunException.PhraseFile(source, $"{where}, field 'means': the line is empty");
        var usually = Text(given, "usually", source, where) switch
        {
            "higher_raises" => UsualDirection.HigherRaises,
            "higher_lowers" => UsualDirection.HigherLowers,
            "either" => UsualDirection.Either,
            null => throw Missing(source, where, "usually"),
            var other => throw ScoringRunException.PhraseFile(source, $"{where}, field 'usually': unknown direction '{other}'; use higher_raises, higher_lowers or either"),
        };
        var missing = Phrase(given, "missing", placeholders: false, source, where) ?? throw Missing(source, where, "missing");
        var value = Phrase(given, "value", placeholders: true, source, where);
        var negative = Phrase(given, "negative", placeholders: true, source, where);
        var yes = Phrase(given, "yes", placeholders: false, source, where);
        var no = Phrase(given, "no", placeholders: false, source, where);
        if ((yes is null) != (no is null))
            throw ScoringRunException.PhraseFile(source, $"{where}, field '{(yes is null ? "yes" : "no")}': yes and no come together; add the phrase for {(yes is null ? "1" : "0")}");
        var (byLabel, byNumber) = Values(given, source, where);
        if (value is null && yes is null && byLabel is null)
            throw ScoringRunException.PhraseFile(source, $"{where}, field 'value': no phrase for the feature's values; add value, yes and no, or values");
        return new FeaturePhrases(means.Trim(), usually, missing, value, negative, yes, no, byLabel, byNumber);
    }

    private static (Dictionary<string, PhraseTemplate>?, Dictionary<double, PhraseTemplate>?) Values(
        Dictionary<string, JsonElement> given, string source, string where)
    {
        if (!given.TryGetValue("values", out var values)) return (null, null);
        if (values.ValueKind != JsonValueKind.Object)
            throw ScoringRunException.PhraseFile(source, $"{where}, field 'values': must be an object of value or label -> phrase");
        var byLabel = new Dictionary<string, PhraseTemplate>(StringComparer.Ordinal);
        var byNumber = new Dictionary<double, PhraseTemplate>();
        foreach (var item in Unique(values, source, $"{where}, field 'values'"))
        {
            var field = $"values.{item.Name}";
            if (item.Name.Trim().Length == 0) throw ScoringRunException.PhraseFile(source, $"{where}, field 'values': a value or label is empty");
            if (item.Value.ValueKind != JsonValueKind.String) throw ScoringRunException.PhraseFile(source, $"{where}, field '{field}': must be a string");
            var template = Compile(item.Value.GetString()!, placeholders: true, source, where, field);
            byLabel[item.Name] = template;
            // A key that reads as a number also matches that exact value (a code, or a sentinel such as 9999).
            if (double.TryParse(item.Name, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) byNumber[number] = template;
        }
        if (byLabel.Count == 0) throw ScoringRunException.PhraseFile(source, $"{where}, field 'values': is empty; remove it or add phrases");
        return (byLabel, byNumber.Count > 0 ? byNumber : null);
    }

    private static PhraseTemplate? Phrase(Dictionary<string, JsonElement> given, string field, bool placeholders, string source, string where) =>
        Text(given, field, source, where) is { } text ? Compile(text, placeholders, source, where, field) : null;

    private static PhraseTemplate Compile(string text, bool placeholders, string source, string where, string field) =>
        PhraseTemplate.Compile(text, placeholders, out var problem)
        ?? throw ScoringRunException.PhraseFile(source, $"{where}, field '{field}': {problem}");

    private static string? Text(Dictionary<string, JsonElement> given, string field, string source, string where)
    {
        if (!given.TryGetValue(field, out var element)) return null;
        return element.ValueKind == JsonValueKind.String
            ? element.GetString()
            : throw ScoringRunException.PhraseFile(source, $"{where}, field '{field}': must be a string");
    }

    private static ScoringRunException Missing(string source, string where, string field) =>
        ScoringRunException.PhraseFile(source, $"{where}, field '{field}': is required");

    // JSON allows a name twice and keeps the last one; a phrase file that says two things about one field is refused.
    private static IEnumerable<JsonProperty> Unique(JsonElement element, string source, string where)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name)) throw ScoringRunException.PhraseFile(source, $"{where}: '{property.Name}' is given twice");
            yield return property;
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
