using System.Text.Json;
using System.Text.Json.Nodes;
using LeadScore.Metrics;
namespace LeadScore.Models.Calibration;

/// <summary>
/// Maps a model's raw output to a conversion probability, fitted on validation rows the model did not train on
/// (never TEST). Isotonic works on the raw probability, Platt on the margin. Both are strictly increasing, so
/// percentiles and rankings computed from calibrated scores equal those from raw scores.
/// </summary>
public sealed class ScoreCalibrator
{
    private readonly IsotonicCalibrator? isotonic;
    private readonly PlattCalibrator? platt;

    private ScoreCalibrator(CalibrationMethod method, IsotonicCalibrator? isotonic, PlattCalibrator? platt, int rows, int positives, string fittedOn)
    {
        Method = method;
        this.isotonic = isotonic;
        this.platt = platt;
        Rows = rows;
        Positives = positives;
        FittedOn = fittedOn;
    }

    public CalibrationMethod Method { get; }

    /// <summary>The isotonic map when <see cref="Method"/> is isotonic (input: the raw probability).</summary>
    public IsotonicCalibrator? Isotonic => isotonic;

    /// <summary>The Platt map when <see cref="Method"/> is Platt (input: the margin).</summary>
    public PlattCalibrator? Platt => platt;

    /// <summary>Rows and conversions the calibrator was fitted on.</summary>
    public int Rows { get; }

    public int Positives { get; }

    /// <summary>What those rows were, e.g. "validation 2025-05-01..2025-07-31 (out of fold)".</summary>
    public string FittedOn { get; }

    public static ScoreCalibrator Fit(CalibrationMethod method, double[] margins, double[] probabilities, int[] labels, string fittedOn) => method switch
    {
        CalibrationMethod.Isotonic => new(method, IsotonicCalibrator.Fit(probabilities, labels), null, labels.Length, labels.Count(l => l == 1), fittedOn),
        CalibrationMethod.Platt => new(method, null, PlattCalibrator.Fit(margins, labels), labels.Length, labels.Count(l => l == 1), fittedOn),
        _ => throw new ArgumentException("no calibrator to fit for method none", nameof(method)),
    };

    /// <summary>The calibrated probability of one row.</summary>
    public double Apply(double margin, double probability) =>
        isotonic?.Transform(probability) ?? platt!.Transform(margin);

    public double[] Apply(double[] margins, double[] probabilities) =>
        margins.Select((m, i) => Apply(m, probabilities[i])).ToArray();

    public string ToJson()
    {
        var root = new JsonObject
        {
            ["method"] = Method.ToString().ToLowerInvariant(),
            ["fitted_on"] = FittedOn,
            ["rows"] = Rows,
            ["positives"] = Positives,
        };
        if (isotonic is not null)
        {
            root["input"] = "probability";
            root["knots"] = Knots(isotonic.Knots);
            root["step_knots"] = Knots(isotonic.StepKnots);
        }
        else
        {
            root["input"] = "margin";
            root["a"] = platt!.A;
            root["b"] = platt.B;
        }
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    public static ScoreCalibrator Read(string json, string source)
    {
        try
        {
            var root = JsonNode.Parse(json)!.AsObject();
            string fitted = root["fitted_on"]?.GetValue<string>() ?? "";
            int rows = root["rows"]?.GetValue<int>() ?? 0, positives = root["positives"]?.GetValue<int>() ?? 0;
            return root["method"]?.GetValue<string>() switch
            {
                "isotonic" => new(CalibrationMethod.Isotonic,
                    IsotonicCalibrator.FromKnots(ReadKnots(root["knots"]), ReadKnots(root["step_knots"])), null, rows, positives, fitted),
                "platt" => new(CalibrationMethod.Platt, null,
                    PlattCalibrator.FromParameters(root["a"]!.GetValue<double>(), root["b"]!.GetValue<double>()), rows, positives, fitted),
                var other => throw ModelDirectoryException.Unreadable(source, $"unknown calibration method '{other}'"),
            };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NullReferenceException or FormatException)
        {
            throw ModelDirectoryException.Unreadable(source, $"not a calibrator file: {e.Message}");
        }
    }

    private static JsonObject Knots(IsotonicKnots knots) => new()
    {
        ["x"] = new JsonArray(knots.X.Select(v => (JsonNode?)v).ToArray()),
        ["y"] = new JsonArray(knots.Y.Select(v => (JsonNode?)v).ToArray()),
    };

    private static IsotonicKnots ReadKnots(JsonNode? node) =>
        new(node!["x"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray(), node["y"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray());
}
