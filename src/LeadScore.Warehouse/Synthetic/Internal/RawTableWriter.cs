using LeadScore.Metrics;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>
/// Writes the generated world into the raw tables through DuckDB appenders, inside the caller's transaction.
/// The per-row attributes nobody else needs (phones, titles, bios, licences, ages) are drawn here from each
/// advisor's own stream.
/// </summary>
internal sealed partial class RawTableWriter(DuckDBConnection connection, SyntheticOptions options, FirmBook firms, AdvisorBook advisors,
    AdvisorTitles titles, IProgress<SyntheticProgress>? progress)
{
    private const int ReportEvery = 50_000;
    private const ulong ContactStream = 0x3_0000_0000UL;

    private readonly int[] employees = EmployeeCounts(options, firms, advisors);

    public long Firms()
    {
        using var appender = connection.CreateAppender("raw", "firms");
        for (int f = 0; f < firms.Count; f++)
            appender.CreateRow().AppendValue(firms.Crd[f]).AppendValue(firms.Name[f]).AppendValue(firms.Classification[f])
                .AppendValue(employees[f] < 0 ? null : employees[f]).EndRow();
        return firms.Count;
    }

    public long BrokerProtocol()
    {
        using var appender = connection.CreateAppender("raw", "broker_protocol_members");
        long rows = 0;
        for (int f = 0; f < firms.Count; f++)
            if (firms.Protocol[f]) { appender.CreateRow().AppendValue(firms.Crd[f]).EndRow(); rows++; }
        return rows;
    }

    public long Users(SalesTeam team)
    {
        using var appender = connection.CreateAppender("raw", "users");
        foreach (var (id, name, active, sga) in team.Users)
            appender.CreateRow().AppendValue(id).AppendValue(name).AppendValue(active).AppendValue(sga).EndRow();
        return team.Users.Count;
    }

    public long History()
    {
        using var appender = connection.CreateAppender("raw", "contact_registered_employment_history");
        long rows = 0;
        for (int i = 0; i < advisors.Count; i++)
        {
            if (!advisors.HasHistory[i]) continue;
            foreach (var spell in advisors.Spells(i))
            {
                appender.CreateRow()
                    .AppendValue(advisors.Crd[i])
                    .AppendValue(firms.Crd[spell.Firm])
                    .AppendValue(FirmNames.Variant(firms.Name[spell.Firm], spell.Variant))
                    .AppendValue(Date(spell.Start))
                    .AppendValue(Date(spell.RecordedEnd))
                    .AppendValue(Date(spell.KnownAt))
                    .EndRow();
                rows++;
            }
            if (i % ReportEvery == 0) progress?.Report(new SyntheticProgress("employment history", i, advisors.Count));
        }
        return rows;
    }

    public long Leads(IReadOnlyList<LeadRecord> leads)
    {
        using var appender = connection.CreateAppender("raw", "leads");
        foreach (var lead in leads)
            appender.CreateRow()
                .AppendValue(lead.Id)
                .AppendValue(lead.CrdText)
                .AppendValue(lead.Contacted)
                .AppendValue(lead.CallScheduled)
                .AppendValue(lead.Created)
                .AppendValue(lead.Source)
                .AppendValue(lead.Company)
                .AppendValue(lead.Email)
                .AppendValue(lead.LinkedIn)
                .AppendValue(lead.Deleted)
                .AppendValue(lead.Owner)
                .AppendValue(lead.Status)
                .AppendValue(lead.DoNotCall)
                .AppendValue(lead.Disposition)
                .EndRow();
        return leads.Count;
    }

    public long Tasks(IReadOnlyList<TaskRecord> tasks)
    {
        using var appender = connection.CreateAppender("raw", "tasks");
        foreach (var task in tasks)
            appender.CreateRow()
                .AppendValue(task.Id)
                .AppendValue(task.WhoId)
                .AppendValue(task.ActivityDay is { } day ? Date(day) : null)
                .AppendValue(task.Completed)
                .AppendValue(task.Created)
                .AppendValue(task.Type)
                .AppendValue(task.Subtype)
                .AppendValue(task.Subject)
                .AppendValue(task.CallType)
                .AppendValue(task.Deleted)
                .EndRow();
        return tasks.Count;
    }

    private static DuckDBDateOnly? Date(int day) => day == Spell.Null || day == Spell.Open ? null : (DuckDBDateOnly)DateOnly.FromDayNumber(day);

    /// <summary>Employees per firm: its reps at the snapshot plus support staff; unknown (-1) for a few firms.</summary>
    private static int[] EmployeeCounts(SyntheticOptions options, FirmBook firms, AdvisorBook advisors)
    {
        var reps = new int[firms.Count];
        for (int i = 0; i < advisors.Count; i++)
        {
            var spells = advisors.Spells(i);
            int latest = AdvisorBook.Latest(spells);
            if (advisors.Active[i] && latest >= 0 && spells[latest].IsOpen) reps[spells[latest].Firm]++;
        }
        var random = new RandomStream((ulong)options.Seed, 0xE3B1);
        var employees = new int[firms.Count];
        for (int f = 0; f < firms.Count; f++)
            employees[f] = random.Chance(0.03) ? -1 : (int)Math.Round(reps[f] * random.Uniform(1.1, 2.4)) + random.Between(1, 5);
        return employees;
    }
}
