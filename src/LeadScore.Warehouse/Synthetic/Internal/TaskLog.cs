using LeadScore.Metrics;
namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>
/// The Salesforce tasks logged against the leads (spec §1.5, §5.2 D). A contacted lead gets a call, a text or an
/// intro email on its contact day and follow-ups in the weeks after; some open leads are worked again months later,
/// so at the end of 2025 some leads were called or texted within 180 days and most long before, and about one in ten
/// has no task at all. The rows carry what the recyclability rule must cope with: calls known only by their subject,
/// subtype or call type; emails whose subject says "call"; deleted tasks; tasks completed or created after their
/// activity date; and activity dates left empty. Drawn from each lead's own stream.
/// </summary>
internal static class TaskLog
{
    private const ulong Stream = 0x7A_0000_0000UL;

    private enum Kind { Call, OutgoingSms, IncomingSms, Email }

    public static List<TaskRecord> Create(SyntheticOptions options, IReadOnlyList<LeadRecord> leads)
    {
        var tasks = new List<TaskRecord>(leads.Count * 4);
        var random = new RandomStream(0, 0);
        int last = SyntheticCalendar.SnapshotDay;
        for (int index = 0; index < leads.Count; index++)
        {
            var lead = leads[index];
            random.Reseed((ulong)options.Seed, Stream + (ulong)index);
            var days = new List<(int Day, Kind Kind)>();
            if (lead.ContactDay != Spell.Null)
            {
                if (random.Chance(0.1)) continue;
                int day = lead.ContactDay;
                days.Add((day, random.NextDouble() switch { < 0.7 => Kind.Call, < 0.9 => Kind.Email, _ => Kind.OutgoingSms }));
                int followUps = lead.Converted ? random.Between(2, 6) : Math.Min(8, (int)random.Exponential(2.5));
                for (int f = 0; f < followUps; f++)
                {
                    day += 1 + (int)random.Exponential(12);
                    days.Add((day, FollowUp(random)));
                }
                // Open leads are worked again months later (a nurture sequence); a few closed ones too.
                if (random.Chance(LeadStatuses.IsOpen(lead.Status) ? 0.3 : 0.06))
                {
                    int again = random.Between(Math.Min(last, lead.ContactDay + 90), last);
                    for (int t = random.Between(1, 2); t > 0; t--, again += random.Between(1, 20)) days.Add((again, FollowUp(random)));
                }
            }
            else if (random.Chance(lead.Duplicate ? 0.25 : 0.35))
            {
                int day = DateOnly.FromDateTime(lead.Created).DayNumber + random.Between(0, 30);
                days.Add((day, random.Chance(0.6) ? Kind.Email : Kind.Call));
            }
            foreach (var (day, kind) in days)
                if (day <= last) tasks.Add(Logged(random, lead.Id, tasks.Count, day, kind));
        }
        return tasks;
    }

    private static Kind FollowUp(RandomStream random) => random.NextDouble() switch
    {
        < 0.45 => Kind.Call,
        < 0.65 => Kind.OutgoingSms,
        < 0.70 => Kind.IncomingSms,
        _ => Kind.Email,
    };

    private static TaskRecord Logged(RandomStream random, string who, int number, int day, Kind kind)
    {
        string id = "00T" + SalesforceId.Body(random, number);
        var (type, subtype, subject, callType) = Content(random, kind);
        var at = SyntheticCalendar.At(day, random.Uniform(8, 19));
        DateTime? completed = random.NextDouble() switch
        {
            < 0.05 => null,
            < 0.15 => at.AddDays(random.Between(1, 6)),      // logged late
            _ => at,
        };
        DateTime created = random.NextDouble() switch
        {
            < 0.12 => at.AddDays(random.Between(1, 10)),     // entered after the fact
            < 0.25 => at.AddDays(-random.Between(1, 14)),    // scheduled ahead
            _ => at.AddMinutes(random.Between(0, 30)),
        };
        var end = SyntheticCalendar.At(SyntheticCalendar.SnapshotDay, 23);
        if (completed > end) completed = end;
        if (created > end) created = end;
        int? activity = random.Chance(kind == Kind.Email ? 0.08 : 0.02) ? null : day;
        return new TaskRecord(id, who, activity, completed, created, type, subtype, subject, callType, random.Chance(0.025));
    }

    private static (string? Type, string Subtype, string Subject, string? CallType) Content(RandomStream random, Kind kind)
    {
        switch (kind)
        {
            case Kind.Call:
                double u = random.NextDouble();
                // Most calls say so in Type; some only by subject, subtype or call type, as integrations log them.
                if (u < 0.05) return (null, "Task", "Call", null);
                if (u < 0.08) return (null, "Task", "Logged activity", "Outbound");
                if (u < 0.11) return (null, "Call", "Dialer activity", null);
                string subject = random.Pick(["Call", "Call", "Call: left voicemail", "Call - no answer", "Discovery call"]);
                return ("Call", "Call", subject, random.Chance(0.6) ? "Outbound" : random.Chance(0.05) ? "Inbound" : null);
            case Kind.OutgoingSms:
                return ("Outgoing SMS", "Task", random.Pick(["Text message", "SMS follow-up", "Outgoing text"]), null);
            case Kind.IncomingSms:
                return ("Incoming SMS", "Task", random.Pick(["Text message reply", "Inbound SMS"]), null);
            default:
                // An email whose subject mentions a call counts as a call under the subject rule.
                string mail = random.Chance(0.05) ? "Email: recap of our call" : random.Pick(["Intro email", "Follow-up email", "Re: introduction", "Market outlook newsletter"]);
                return ("Email", "Email", mail, null);
        }
    }
}
