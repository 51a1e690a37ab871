using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace LeadScore.Cli.Terminal;

/// <summary>
/// Options whose values are checked while parsing, with messages that name the option and what was typed: a fixed
/// set of words (listed in <c>--help</c> as <c>&lt;a|b|c&gt;</c>), whole numbers, ISO dates.
/// </summary>
public static class CliOptions
{
    /// <summary>An option that accepts only <paramref name="values"/>.</summary>
    public static Option<string> Choice(string name, string description, IReadOnlyList<string> values, string? defaultValue = null)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            HelpName = string.Join("|", values),
            Required = defaultValue is null,
        };
        if (defaultValue is not null) option.DefaultValueFactory = _ => defaultValue;
        option.CompletionSources.Add(values.ToArray());
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && !values.Contains(value)) result.AddError($"{name}: '{value}' is not one of {string.Join(", ", values)}");
        });
        return option;
    }

    /// <summary>An optional choice: null when not given.</summary>
    public static Option<string?> OptionalChoice(string name, string description, IReadOnlyList<string> values)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = string.Join("|", values) };
        option.CompletionSources.Add(values.ToArray());
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !values.Contains(value)) result.AddError($"{name}: '{value}' is not one of {string.Join(", ", values)}");
        });
        return option;
    }

    /// <summary>A whole number, optional (null when not given).</summary>
    public static Option<int?> OptionalInteger(string name, string description) =>
        new(name) { Description = description, CustomParser = r => ParseInt(r, name) };

    /// <summary>A whole number with a default.</summary>
    public static Option<int> Integer(string name, string description, int defaultValue) =>
        new(name) { Description = description, DefaultValueFactory = _ => defaultValue, CustomParser = r => ParseInt(r, name) ?? defaultValue };

    /// <summary>A 64-bit whole number with a default.</summary>
    public static Option<long> Long(string name, string description, long defaultValue) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = r =>
        {
            var text = r.Tokens.Count == 1 ? r.Tokens[0].Value : "";
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
            r.AddError($"{name}: '{text}' is not a whole number");
            return defaultValue;
        },
    };

    private static int? ParseInt(ArgumentResult r, string name)
    {
        var text = r.Tokens.Count == 1 ? r.Tokens[0].Value : "";
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        r.AddError(long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
            ? $"{name}: {text} is too large"
            : $"{name}: '{text}' is not a whole number");
        return null;
    }

    /// <summary>An ISO date (YYYY-MM-DD) typed for <paramref name="option"/>.</summary>
    public static DateOnly ParseDate(string option, string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw CliException.InvalidOption(option, $"'{text}' is not a date (YYYY-MM-DD)");
}
