using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Backtest;

/// <summary>
/// A small labelled lead file for backtests without the fixtures: lead_id, advisor_crd, contacted_date (Jan–Jun 2025),
/// target and two features x0, x1 that drive conversion; and two tiny XGBoost models that read them differently.
/// </summary>
public static class BacktestLeadsFile
{
    public static string Write(TempFolder folder, int rows = 1200, int seed = 11, string name = "leads.csv", Func<int, int, int>? target = null)
    {
        var random = new Random(seed);
        var text = new StringBuilder("lead_id,advisor_crd,contacted_date,target,x0,x1\n");
        for (int r = 0; r < rows; r++)
        {
            double x0 = Math.Round(random.NextDouble() * 2 - 0.5, 3), x1 = Math.Round(random.NextDouble() * 4, 3);
            double logit = -3.0 + (x0 < 0.5 ? 1.2 : 0) + (x1 < 2 ? 0.6 : 0);
            int y = random.NextDouble() < 1 / (1 + Math.Exp(-logit)) ? 1 : 0;
            if (target is not null) y = target(r, y);
            var date = new DateOnly(2025, 1, 1).AddDays(r * 180 / rows);
            text.Append(CultureInfo.InvariantCulture, $"L{r:00000},{200000 + r},{date:yyyy-MM-dd},{y},{x0},{x1}\n");
        }
        var path = folder.File(name);
        File.WriteAllText(path, text.ToString());
        return path;
    }

    /// <summary>The two-feature model of <see cref="SomeModels.XGBoost"/>, reading x0 then x1.</summary>
    public static string Champion(TempFolder folder) => SomeModels.Save(SomeModels.XGBoost(), folder, "champion.json");

    /// <summary>The same trees reading the features the other way round: a different, worse ranking.</summary>
    public static string Challenger(TempFolder folder, params string[] features)
    {
        var model = SomeModels.XGBoost();
        model["learner"]!["feature_names"] = new JsonArray(features.Length == 0 ? ["x1", "x0"] : features.Select(f => (JsonNode)f).ToArray());
        return SomeModels.Save(model, folder, "challenger.json");
    }
}
