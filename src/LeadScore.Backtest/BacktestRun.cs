using LeadScore.Metrics;

namespace LeadScore.Backtest;

/// <summary>
/// Runs a backtest: both models score the same historical leads, each arm applies the same policy to its own scores,
/// and the arms are compared (<see cref="BacktestComparison"/>). Pure computation over the leads once they are read;
/// the only output is the returned <see cref="BacktestResult"/>.
/// </summary>
public static class BacktestRun
{
    public static BacktestResult Execute(BacktestRequest request, Action<string>? progress = null)
    {
        var p = Prepare(request, progress ?? (_ => { }));
        return Compare(request, p.Leads, p.Champion, p.Challenger, p.A, p.B, p.Notes);
    }

    /// <summary>The leads read and scored by both models, and each arm's selection rule, before any statistic.</summary>
    internal static PreparedBacktest Prepare(BacktestRequest request, Action<string> progress)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Champion.Identity.Sha256 == request.Challenger.Identity.Sha256 && request.Champion.Identity.Schema == request.Challenger.Identity.Schema)
            throw BacktestErrors.SameModel(request.Challenger.Identity.Name);
        if (request.Policy.Kind == SelectionKind.List && request.Warehouse is null) throw BacktestErrors.ListNeedsWarehouse();
        var (leads, championRows, challengerRows) = BacktestData.Read(request);
        var championScores = BacktestData.Score(request.Champion, championRows);
        var challengerScores = BacktestData.Score(request.Challenger, challengerRows);
        progress($"{leads.Count:N0} leads contacted {request.Window} in {leads.Source}, {leads.Conversions:N0} converted; scored by both models");
        var notes = new List<string>();
        var (a, b) = Selections(request, leads, championScores, challengerScores, notes, progress);
        return new PreparedBacktest(leads, championScores, challengerScores, a, b, notes);
    }

    /// <summary>Both arms' selections and the comparison, for leads already read and scored.</summary>
    internal static BacktestResult Compare(BacktestRequest request, BacktestLeads leads, double[] championScores, double[] challengerScores,
        BootstrapSelection a, BootstrapSelection b, List<string> notes)
    {
        var keptA = a.Observed();
        var keptB = b.Observed();
        if (!keptA.Contains(true)) throw BacktestErrors.NothingSelected("champion", request.Policy.Name);
        if (!keptB.Contains(true)) throw BacktestErrors.NothingSelected("challenger", request.Policy.Name);
        double baseline = request.Baseline ?? leads.Rate;
        string baselineSource = request.Baseline is null
            ? $"the conversion rate of all {leads.Count:N0} leads in the window ({leads.Conversions:N0} of {leads.Count:N0})"
            : "given with --baseline";
        var champion = ArmResult.Of(request.Champion.Identity, keptA, leads, championScores, baseline, request.Policy.ListSize);
        var challenger = ArmResult.Of(request.Challenger.Identity, keptB, leads, challengerScores, baseline, request.Policy.ListSize);
        var comparison = BacktestComparison.Of(leads, champion, challenger, a, b, championScores, challengerScores, keptA, keptB, request.Replicates, request.Seed);
        if (!a.Reapplied) notes.Add("The paired bootstrap keeps each lead's list membership as observed (re-running the list per resample would take hours); its interval leaves out the selection's own variability.");
        return new BacktestResult(BacktestResult.FormatName, DateTime.UtcNow, leads.Source, request.Window.ToString(), request.Policy.Name, request.Policy.Describe(),
            leads.Count, leads.Conversions, leads.Months, baseline, baselineSource, request.Policy.ListSize, request.Replicates, request.Seed,
            champion, challenger, comparison, notes);
    }

    private static (BootstrapSelection A, BootstrapSelection B) Selections(BacktestRequest request, BacktestLeads leads, double[] championScores,
        double[] challengerScores, List<string> notes, Action<string> progress)
    {
        if (request.Policy.Kind != SelectionKind.List)
            return (BootstrapSelection.Ranked(championScores, leads.LeadIds, request.Policy.Keep),
                    BootstrapSelection.Ranked(challengerScores, leads.LeadIds, request.Policy.Keep));
        var (keptA, keptB) = ListSelections.Replay(request, leads, championScores, challengerScores, notes, progress);
        return (BootstrapSelection.Fixed(keptA, championScores, leads.LeadIds), BootstrapSelection.Fixed(keptB, challengerScores, leads.LeadIds));
    }
}

/// <summary>A backtest's leads, both models' scores and both selection rules (see <see cref="BacktestRun.Prepare"/>).</summary>
internal sealed record PreparedBacktest(BacktestLeads Leads, double[] Champion, double[] Challenger, BootstrapSelection A, BootstrapSelection B, List<string> Notes);
