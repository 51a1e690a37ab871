using System.Globalization;

namespace LeadScore.Lists.Replay;

/// <summary>The replay's messages for requests it cannot run, written once: what was given and what to do.</summary>
internal static class ReplayErrors
{
    public static ListException NoLeads() =>
        new("the replay has no leads: give it the historical contacted leads to replay (lead id, advisor CRD, contact date).");

    public static ListException NoLeadId(int index) =>
        new($"lead {index + 1} of the replay has no lead id; give every lead its Salesforce id.");

    public static ListException DuplicateLead(string leadId) =>
        new($"lead {leadId} appears more than once among the replay's leads; give each lead once.");

    public static ListException NoArms() =>
        new("the replay has no arms: give it at least one (a name and one score per lead).");

    public static ListException UnnamedArm(int index) =>
        new($"arm {index + 1} of the replay has no name; name every arm (e.g. champion, challenger).");

    public static ListException DuplicateArm(string name) =>
        new($"two arms of the replay are named '{name}'; give each arm its own name.");

    public static ListException ScoreCount(string arm, int scores, int leads) =>
        new($"arm '{arm}' has {scores:N0} scores for {leads:N0} leads; give one score per lead, in the order of the leads.");

    public static ListException NotFinite(string arm, string leadId, double score) =>
        new($"arm '{arm}' scores lead {leadId} {score.ToString(CultureInfo.InvariantCulture)}; every score must be a finite number (higher = better).");

    public static ListException ListSize(int size, int perSga, string policy) =>
        new($"a list of {size:N0} places is not a whole number of reps at {perSga} leads each (policy '{policy}'); " +
            $"give a positive multiple of {perSga}, e.g. {perSga * Math.Max(1, (int)Math.Round(size / (double)perSga)):N0}.");
}
