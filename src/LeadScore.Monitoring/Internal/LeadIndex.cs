namespace LeadScore.Monitoring.Internal;

/// <summary>The request's leads checked and indexed: the models (champion first), the lists in order, and the tallies.</summary>
internal sealed record LeadIndex(LeadTallies Tallies, IReadOnlyList<MonitoredModel> Models, int CallsBeforeContact)
{
    public static LeadIndex Build(MonitorRequest request)
    {
        if (!(request.Baseline > 0 && request.Baseline < 1)) throw MonitoringException.OutOfRange("baseline", request.Baseline, "(0, 1)");
        var models = ReadModels(request.Leads);
        var position = models.Select((m, i) => (m.Version, i)).ToDictionary(p => p.Version, p => p.i, StringComparer.Ordinal);
        var horizon = request.Maturity.HorizonDays;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lists = new Dictionary<string, (DateOnly Start, SortedDictionary<int, List<LeadRecord>> ByDay)>(StringComparer.Ordinal);
        var callsBeforeContact = 0;
        foreach (var lead in request.Leads)
        {
            if (!seen.Add(lead.LeadId)) throw MonitoringException.DuplicateLead(lead.LeadId);
            if (lists.TryGetValue(lead.ListId, out var list) && list.Start != lead.ListStart)
                throw MonitoringException.ListStartsTwice(lead.ListId, list.Start, lead.ListStart);
            if (lead.Contacted < lead.ListStart) throw MonitoringException.ContactBeforeList(lead.LeadId, lead.Contacted, lead.ListId, lead.ListStart);
            if (lead.Contacted > request.AsOf) continue;
            var delay = lead.Converted is { } converted ? converted.DayNumber - lead.Contacted.DayNumber : -1;
            if (lead.Converted is not null && delay < 0)
            {
                callsBeforeContact++;
                continue;
            }
            if (delay > horizon) delay = -1;
            var percentiles = new int[models.Count];
            foreach (var score in lead.Scores) percentiles[position[score.Version]] = score.Percentile;
            if (list.ByDay is null)
            {
                list = (lead.ListStart, new SortedDictionary<int, List<LeadRecord>>());
                lists[lead.ListId] = list;
            }
            var day = lead.Contacted.DayNumber - lead.ListStart.DayNumber;
            if (!list.ByDay.TryGetValue(day, out var leads)) list.ByDay[day] = leads = [];
            leads.Add(new LeadRecord(percentiles, delay));
        }
        var ordered = lists.OrderBy(l => l.Value.Start).ThenBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => (l.Key, l.Value.Start, l.Value.ByDay)).ToList();
        return new LeadIndex(new LeadTallies(ordered, request.Maturity), models, callsBeforeContact);
    }

    /// <summary>The champion (one across all leads, on every lead) and the shadows in name order; roles and percentiles checked.</summary>
    private static List<MonitoredModel> ReadModels(IReadOnlyList<MonitoredLead> leads)
    {
        string? champion = null;
        var shadows = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var lead in leads)
        {
            var championScores = 0;
            var versions = new HashSet<string>(StringComparer.Ordinal);
            foreach (var score in lead.Scores)
            {
                if (!versions.Add(score.Version)) throw MonitoringException.BadScores(lead.LeadId, $"model {score.Version} scores it twice; give one score per model.");
                if (score.Percentile is < 1 or > 100)
                    throw MonitoringException.BadScores(lead.LeadId, $"{score.Version}'s percentile is {score.Percentile}; percentiles run from 1 to 100.");
                if (score.Role == ModelScore.Champion)
                {
                    championScores++;
                    if (champion is null) champion = score.Version;
                    else if (champion != score.Version) throw MonitoringException.TwoChampions(champion, score.Version);
                }
                else if (score.Role == ModelScore.Shadow) shadows.Add(score.Version);
                else throw MonitoringException.BadScores(lead.LeadId, $"{score.Version} has role '{score.Role}'; a role is \"champion\" or \"shadow\".");
            }
            if (championScores != 1) throw MonitoringException.BadScores(lead.LeadId, "it has no champion score; every lead carries the champion's percentile (the list was built with it).");
        }
        if (champion is not null && shadows.Contains(champion))
            throw MonitoringException.BadScores("(several)", $"{champion} appears both as champion and as shadow; a model has one role in a monitoring run.");
        var models = new List<MonitoredModel>();
        if (champion is not null) models.Add(new MonitoredModel(champion, ModelScore.Champion));
        models.AddRange(shadows.Select(s => new MonitoredModel(s, ModelScore.Shadow)));
        return models;
    }
}
