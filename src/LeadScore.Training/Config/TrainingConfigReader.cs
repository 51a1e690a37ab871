using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeadScore.Data.Labeled;
using LeadScore.LightGbm;
using LeadScore.Models.Calibration;
using LeadScore.Models.Gates;

namespace LeadScore.Training.Config;

/// <summary>Turns a <see cref="ConfigDocument"/> into a <see cref="TrainingConfig"/>, naming the key and the rule on any bad value.</summary>
public static class TrainingConfigReader
{
    /// <summary>The config stored in a model directory; null when it has none (a bare model folder).</summary>
    public static TrainingConfig? Stored(LeadScore.Models.ModelDirectory directory) =>
        directory.ConfigPath is { } path ? Read(ConfigDocument.Stored(path)) : null;

    public static TrainingConfig Read(ConfigDocument document)
    {
        var r = new Reader(document);
        var root = document.Root;
        CheckKeys(r, root);
        var booster = ReadBooster(r, r.Object(root, "lightgbm"));
        var config = new TrainingConfig
        {
            Name = r.Text(root, "name", "training"),
            Target = r.Text(root, "target", "target"),
            Split = ReadSplit(r, document, r.Object(root, "split")),
            Validation = ReadValidation(r, r.Object(root, "validation")),
            EarlyStopping = ReadEarlyStopping(r, r.Object(root, "early_stopping")),
            Refit = r.Bool(root, "refit", true),
            Booster = booster,
            Calibration = r.Text(root, "calibration", "isotonic") switch
            {
                "isotonic" => CalibrationMethod.Isotonic,
                "platt" => CalibrationMethod.Platt,
                "none" => CalibrationMethod.None,
                var other => throw r.Fail("calibration", $"must be isotonic, platt or none, not '{other}'"),
            },
            Bootstrap = ReadBootstrap(r, r.Object(root, "bootstrap")),
            Leakage = ReadLeakage(r, r.Object(root, "leakage")),
            Search = ReadSearch(r, r.Object(root, "search")),
            Gates = ReadGates(r, root["gates"]),
        };
        // Build the LightGBM parameters once so that every range LightGBM cares about is checked now, not mid-run.
        try { booster.ToParameters(1, 1, config.EarlyStopping.Metric); }
        catch (ArgumentOutOfRangeException e) { throw r.Fail("lightgbm." + Snake(e.ParamName), Rule(e)); }
        return config;
    }

    /// <summary>The split column that means "no date column": train on every row, cross-validated.</summary>
    public const string NoSplit = "none";

    // A temporal split, or none (null) when the split column is "none".
    private static SplitConfig? ReadSplit(Reader r, ConfigDocument document, JsonObject split)
    {
        var column = r.Text(split, "column", "contacted_date");
        if (column.Length == 0) throw r.Fail("split.column", $"must name a date column, or be \"{NoSplit}\" for a table without dates");
        if (column == NoSplit)
        {
            foreach (var window in new[] { "train", "gap", "test" })
                if (!document.IsDefault($"split.{window}"))
                    throw r.Fail($"split.{window}", $"is a date window, but split.column is \"{NoSplit}\" (no date column); drop the window or name the date column");
            return null;
        }
        var train = r.Range(split, "split.train") ?? throw r.Fail("split.train", "is required: [\"FROM\", \"TO\"]");
        var gap = r.Range(split, "split.gap");
        var test = r.Range(split, "split.test") ?? throw r.Fail("split.test", "is required: [\"FROM\", \"TO\"]");
        string Named(string window, DateRange range) => $"{window} {range} ({document.OriginOf($"split.{window}")})";
        if (test.From <= train.To) throw TrainingException.WindowsOverlap(Named("train", train), Named("test", test));
        if (gap is not null && (gap.From <= train.To || gap.To >= test.From))
            throw TrainingException.WindowsOverlap(Named("gap", gap), $"{Named("train", train)} / {Named("test", test)}");
        return new SplitConfig(column, train, gap, test);
    }

    // The settings each section knows; anything else is a typo that would otherwise be ignored silently.
    private static readonly Dictionary<string, string[]> Sections = new()
    {
        [""] = ["name", "description", "target", "split", "validation", "early_stopping", "refit", "lightgbm", "calibration", "bootstrap", "leakage", "search", "gates"],
        ["split"] = ["column", "train", "gap", "test"],
        ["validation"] = ["method", "months", "folds", "cv_folds"],
        ["early_stopping"] = ["metric", "rounds", "max_rounds"],
        ["bootstrap"] = ["replicates", "seed"],
        ["leakage"] = ["sentinel_min_share", "lift_ratio", "p_value", "share_drift_ratio", "psi"],
        ["search"] = ["trials", "min_improvement_se", "space"],
    };

    private static void CheckKeys(Reader r, JsonObject root)
    {
        foreach (var (section, known) in Sections)
        {
            var node = section.Length == 0 ? root : root[section] as JsonObject;
            if (node is null) continue;
            foreach (var (key, _) in node)
                if (!known.Contains(key))
                {
                    var full = section.Length == 0 ? key : $"{section}.{key}";
                    var near = known.MinBy(k => Distance(k, key));
                    throw r.Fail(full, $"is not a setting{(near is not null && Distance(near, key) <= 2 ? $"; did you mean '{(section.Length == 0 ? near : $"{section}.{near}")}'?" : "")} (settings here: {string.Join(", ", known)})");
                }
        }
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }

    private static ValidationConfig ReadValidation(Reader r, JsonObject v)
    {
        var method = r.Text(v, "method", "holdout") switch
        {
            "holdout" => ValidationMethod.Holdout,
            "rolling" => ValidationMethod.Rolling,
            var other => throw r.Fail("validation.method", $"must be holdout or rolling, not '{other}'"),
        };
        return new ValidationConfig(method, r.Int(v, "validation.months", 3, 1, 24), r.Int(v, "validation.folds", 3, 2, 12), r.Int(v, "validation.cv_folds", 5, 2, 20));
    }

    private static EarlyStoppingConfig ReadEarlyStopping(Reader r, JsonObject e)
    {
        var metric = r.Text(e, "metric", "binary_logloss");
        if (metric is not ("binary_logloss" or "auc")) throw r.Fail("early_stopping.metric", $"must be binary_logloss or auc, not '{metric}'");
        int max = r.Int(e, "early_stopping.max_rounds", 2000, 1, 100_000);
        return new EarlyStoppingConfig(metric, r.Int(e, "early_stopping.rounds", 150, 1, max), max);
    }

    private static BoosterConfig ReadBooster(Reader r, JsonObject o)
    {
        var booster = new BoosterConfig();
        foreach (var (key, value) in o)
        {
            if (!BoosterConfig.Names.Contains(key))
                throw r.Fail("lightgbm." + key, $"is not a supported setting; use one of {string.Join(", ", BoosterConfig.Names)}");
            if (key == "scale_pos_weight" && value is JsonValue v && v.TryGetValue(out string? s))
            {
                if (s != "auto") throw r.Fail("lightgbm.scale_pos_weight", "must be a number or \"auto\" (negatives / positives of TRAIN)");
                booster = booster with { ScalePosWeight = null };
                continue;
            }
            booster = booster.With(key, r.Number(value, "lightgbm." + key));
        }
        return booster;
    }

    private static BootstrapConfig ReadBootstrap(Reader r, JsonObject b) =>
        new(r.Int(b, "bootstrap.replicates", 2000, 100, 100_000), r.Int(b, "bootstrap.seed", 42, int.MinValue, int.MaxValue));

    private static LeakageConfig ReadLeakage(Reader r, JsonObject l) => new(
        r.Double(l, "leakage.sentinel_min_share", 0.005, 0, 1),
        r.Double(l, "leakage.lift_ratio", 1.5, 1, 100),
        r.Double(l, "leakage.p_value", 0.01, 0, 1),
        r.Double(l, "leakage.share_drift_ratio", 1.5, 1, 1000),
        r.Double(l, "leakage.psi", 0.25, 0, 100));

    private static SearchConfig ReadSearch(Reader r, JsonObject s)
    {
        var ranges = new List<SearchRange>();
        foreach (var (name, value) in r.Object(s, "space"))
        {
            string key = "search.space." + name;
            if (!BoosterConfig.Names.Contains(name)) throw r.Fail(key, $"is not a LightGBM setting the search can vary ({string.Join(", ", BoosterConfig.Names)})");
            if (value is not JsonArray { Count: 2 or 3 } a) throw r.Fail(key, "must be [low, high] or [low, high, \"log\"|\"int\"]");
            double low = r.Number(a[0], key), high = r.Number(a[1], key);
            var scale = a.Count == 3 ? a[2]?.GetValue<string>() switch
            {
                "log" => SearchScale.Log,
                "int" => SearchScale.Integer,
                "uniform" => SearchScale.Uniform,
                var other => throw r.Fail(key, $"scale must be log, int or uniform, not '{other}'"),
            } : SearchScale.Uniform;
            if (!(low <= high) || scale == SearchScale.Log && low <= 0) throw r.Fail(key, "needs low <= high (and low > 0 for log)");
            ranges.Add(new SearchRange(name, low, high, scale));
        }
        return new SearchConfig(r.Int(s, "search.trials", 20, 1, 10_000), ranges, r.Double(s, "search.min_improvement_se", 1.0, 0, 10));
    }

    private static IReadOnlyList<GateSpec> ReadGates(Reader r, JsonNode? node) => GateSpecs.Parse(node, r.Fail);

    private static string Snake(string? property) => property switch
    {
        null => "?",
        "BaggingFrequency" => "bagging_freq",
        _ => string.Concat(property.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())),
    };

    private static string Rule(ArgumentOutOfRangeException e)
    {
        var message = e.Message.Split(" (Parameter", 2)[0].Split('\n')[0];
        var words = message.Split(' ', 2);
        return words.Length == 2 && words[0].Contains('_') ? words[1] : message;
    }

    private sealed class Reader(ConfigDocument document)
    {
        // A bad value is blamed on where it came from: the option that set it, the config file, or the defaults.
        public TrainingException Fail(string key, string rule) => document.OriginOf(key) is var origin && origin.StartsWith("--", StringComparison.Ordinal)
            ? TrainingException.OptionValue(origin, rule)
            : TrainingException.ConfigValue(origin, key, rule);

        public JsonObject Object(JsonObject parent, string key) => parent[key] switch
        {
            null => new JsonObject(),
            JsonObject o => o,
            _ => throw Fail(key, "must be an object"),
        };

        public string Text(JsonObject o, string key, string fallback) => o[key] switch
        {
            null => fallback,
            JsonValue v when v.TryGetValue(out string? s) => s,
            _ => throw Fail(key, "must be text"),
        };

        public bool Bool(JsonObject o, string key, bool fallback) => o[key] switch
        {
            null => fallback,
            JsonValue v when v.TryGetValue(out bool b) => b,
            _ => throw Fail(key, "must be true or false"),
        };

        public double Number(JsonNode? node, string key)
        {
            if (node is JsonValue v)
            {
                if (v.TryGetValue(out double number)) return number;
                if (v.TryGetValue(out long integer)) return integer;
                if (v.TryGetValue(out int small)) return small;
                if (v.GetValueKind() == JsonValueKind.Number) return double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture);
                if (v.TryGetValue(out string? s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
            }
            throw Fail(key, "must be a number");
        }

        public double Double(JsonObject o, string key, double fallback, double min, double max)
        {
            var value = o[key.Split('.')[^1]] is { } node ? Number(node, key) : fallback;
            return value >= min && value <= max ? value : throw Fail(key, $"must be between {min} and {max}, not {value}");
        }

        public int Int(JsonObject o, string key, int fallback, int min, int max)
        {
            var value = o[key.Split('.')[^1]] is { } node ? Number(node, key) : fallback;
            if (value != Math.Floor(value)) throw Fail(key, $"must be a whole number, not {value}");
            return value >= min && value <= max ? (int)value : throw Fail(key, $"must be between {min} and {max}, not {value}");
        }

        public DateRange? Range(JsonObject o, string key)
        {
            var node = o[key.Split('.')[^1]];
            if (node is null) return null;
            if (node is not JsonArray { Count: 2 } a) throw Fail(key, "must be [\"FROM\", \"TO\"] dates (YYYY-MM-DD)");
            var from = Date(a[0], key);
            var to = Date(a[1], key);
            return from <= to ? new DateRange(from, to) : throw Fail(key, $"starts after it ends ({from:yyyy-MM-dd} > {to:yyyy-MM-dd})");
        }

        private DateOnly Date(JsonNode? node, string key) =>
            node is JsonValue v && v.TryGetValue(out string? s) && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw Fail(key, $"holds '{node}', which is not a date (YYYY-MM-DD)");
    }
}
