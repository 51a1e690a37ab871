using System.Globalization;
using System.Text;

namespace LeadScore.Tests.Support;

/// <summary>
/// A generated lead table for training tests: a date column, a 0/1 target under another name, and numeric
/// features of which the first few carry a known logistic signal. Deterministic for a seed.
/// </summary>
public sealed record SomeLeads
{
    public int Rows { get; init; } = 6000;
    public int Features { get; init; } = 85;
    public int Seed { get; init; } = 7;
    public string Target { get; init; } = "converted";
    /// <summary>The date column; null writes a table without one.</summary>
    public string? DateColumn { get; init; } = "signup_date";
    public DateOnly First { get; init; } = new(2023, 1, 1);
    public int Days { get; init; } = 730;

    /// <summary>Extra columns: name → value for a row index (text as written; "" = empty).</summary>
    public IReadOnlyDictionary<string, Func<int, string>> Extra { get; init; } = new Dictionary<string, Func<int, string>>();

    /// <summary>Changes a row's target after it is drawn (row, date, drawn target) → target text.</summary>
    public Func<int, DateOnly, int, string>? TargetOverride { get; init; }

    /// <summary>Windows that fit the default dates: TRAIN 2023-01-01..2024-06-30, gap July 2024, TEST Aug–Dec 2024.</summary>
    public static readonly string[] Windows = ["--train", "2023-01-01..2024-06-30", "--gap", "2024-07-01..2024-07-31", "--test", "2024-08-01..2024-12-31"];

    public string FeatureName(int f) => $"x{f:00}";

    public string WriteCsv(TempFolder folder, string name = "leads.csv")
    {
        var random = new Random(Seed);
        var text = new StringBuilder();
        if (DateColumn is not null) text.Append(DateColumn).Append(',');
        text.Append(Target);
        for (int f = 0; f < Features; f++) text.Append(',').Append(FeatureName(f));
        foreach (var column in Extra.Keys) text.Append(',').Append(column);
        text.Append('\n');
        var x = new double[Features];
        for (int r = 0; r < Rows; r++)
        {
            var date = First.AddDays(r * Days / Rows);
            for (int f = 0; f < Features; f++) x[f] = Math.Round(random.NextDouble() * 10 - 5, 3);
            double logit = -3.4 + 0.45 * X(x, 0) - 0.35 * X(x, 1) + (X(x, 2) > 1 ? 0.9 : 0) + 0.25 * Math.Sin(X(x, 3));
            int target = random.NextDouble() < 1 / (1 + Math.Exp(-logit)) ? 1 : 0;
            if (DateColumn is not null) text.Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',');
            text.Append(TargetOverride?.Invoke(r, date, target) ?? target.ToString(CultureInfo.InvariantCulture));
            for (int f = 0; f < Features; f++) text.Append(',').Append(x[f].ToString(CultureInfo.InvariantCulture));
            foreach (var value in Extra.Values) text.Append(',').Append(value(r));
            text.Append('\n');
        }
        var path = folder.File(name);
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static double X(double[] x, int f) => f < x.Length ? x[f] : 0;

    /// <summary>A YAML config that trains quickly (larger learning rate, lower cap, fewer bootstrap replicates).</summary>
    public static string FastConfig(TempFolder folder, string extra = "")
    {
        var path = folder.File("fast.yaml");
        File.WriteAllText(path, """
            name: fast-test
            lightgbm:
              learning_rate: 0.1
              max_depth: 3
              num_leaves: 8
            early_stopping:
              rounds: 30
              max_rounds: 400
            bootstrap:
              replicates: 200
            """ + "\n" + extra);
        return path;
    }
}
