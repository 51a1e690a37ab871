using System.Globalization;
using LeadScore.Cli.Terminal;
using LeadScore.Scoring.Checks;
using Spectre.Console;

namespace LeadScore.Cli.Views;

/// <summary>
/// A run's checks as one table: every check of each model, except that the per-feature skew checks that passed
/// fold into one line per model (how many, and the largest PSI among them); warnings and failures are shown whole.
/// </summary>
public static class RunChecksView
{
    public static void Show(CliOutput output, IReadOnlyList<RunCheck> checks)
    {
        var table = new Table().Title("run checks").AddPlainColumns("model", "check", "value", "expected", "outcome");
        foreach (var model in checks.GroupBy(c => c.Model))
        {
            var passedSkew = model.Where(c => c.Check.StartsWith("skew: ", StringComparison.Ordinal) && c.Outcome == CheckOutcome.Pass).ToArray();
            foreach (var c in model.Where(c => !passedSkew.Contains(c)))
                table.AddPlainRow(c.Model, c.Check, c.Value, c.Expected, Outcome(c.Outcome));
            if (passedSkew.Length > 0)
            {
                var worst = passedSkew.MaxBy(c => Psi(c.Value))!;
                table.AddPlainRow(model.Key, $"skew: {passedSkew.Length} other features", $"largest PSI {Psi(worst.Value).ToString("F3", CultureInfo.InvariantCulture)} ({worst.Check[6..]})",
                    worst.Expected.Split(';')[0], Outcome(CheckOutcome.Pass));
            }
        }
        output.Console.Write(table);
    }

    private static string Outcome(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Pass => "pass",
        CheckOutcome.Warn => "warn",
        _ => "FAIL",
    };

    private static double Psi(string value) =>
        value.StartsWith("PSI ", StringComparison.Ordinal) && double.TryParse(value[4..].Split(';')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var psi) ? psi : 0;
}
