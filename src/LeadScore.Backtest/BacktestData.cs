using System.Globalization;
using LeadScore.Data.Labeled;
using LeadScore.Training.Evaluation;

namespace LeadScore.Backtest;

/// <summary>
/// Reads a backtest's leads once and scores them with both models, each through its own schema: the rows are the
/// same leads in the same order for both arms. Refuses, before scoring, data that lacks a feature of either model
/// (naming every missing column), a window without leads, and a window without conversions.
/// </summary>
internal static class BacktestData
{
    public static (BacktestLeads Leads, LabeledRows Champion, LabeledRows Challenger) Read(BacktestRequest request)
    {
        using var table = LabeledTable.Open(request.Data, request.Table);
        string source = request.Table is null ? Path.GetFileName(request.Data) : $"{Path.GetFileName(request.Data)} table {request.Table}";
        foreach (var model in new[] { request.Champion, request.Challenger })
        {
            var missing = model.Features.Select(f => f.Column).Where(c => !table.Columns.ContainsKey(c)).Distinct().ToList();
            if (missing.Count > 0) throw BacktestErrors.MissingFeatures(model.Identity.Role, model.Identity.Name, missing, source);
        }
        table.CheckTarget(request.Target);
        table.Column(request.IdColumn, "--id-column");
        var span = table.CheckDates(request.DateColumn);
        if (table.Count(request.DateColumn, request.Window) == 0)
            throw BacktestErrors.NoLeads($"{source} (contacted {span})", request.Window.ToString());

        var champion = table.Read(request.Champion.Features, request.Target, request.DateColumn, request.Window);
        var challenger = table.Read(request.Challenger.Features, request.Target, request.DateColumn, request.Window);
        var ids = table.Texts(request.IdColumn, "--id-column", request.DateColumn, request.Window).Select(id => id ?? "").ToArray();
        long[]? advisors = table.Columns.ContainsKey(request.AdvisorColumn)
            ? table.Texts(request.AdvisorColumn, "--advisor-column", request.DateColumn, request.Window)
                .Select(a => long.TryParse(a, NumberStyles.Integer, CultureInfo.InvariantCulture, out var crd) ? crd : -1).ToArray()
            : null;
        var duplicate = ids.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new BacktestException($"lead id '{duplicate.Key}' appears {duplicate.Count()} times in {source} within {request.Window}; a backtest needs one row per lead (deduplicate the data, or name the id column with --id-column).");
        var leads = new BacktestLeads(ids, advisors, champion.Dates!, champion.Labels, source, request.Window);
        if (leads.Conversions == 0) throw BacktestErrors.NoConversions(source, request.Window.ToString(), leads.Count);
        if (leads.Conversions == leads.Count) throw BacktestErrors.AllConverted(source, request.Window.ToString(), leads.Count);
        return (leads, champion, challenger);
    }

    /// <summary>The model's probabilities on rows read through its schema.</summary>
    public static double[] Score(LoadedModel model, LabeledRows rows) => ModelScores.Of(model.Trees, rows, explain: false).Probabilities;
}
