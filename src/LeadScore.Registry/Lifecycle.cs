namespace LeadScore.Registry;

/// <summary>
/// The lifecycle of a version as rules on events, applied both when a change is made and when the log is replayed:
/// register makes a candidate; promote makes a candidate a challenger, or a candidate or challenger the champion
/// (the old champion deprecated in the same event); deprecate retires a version in use; rollback swaps the champion
/// for the deprecated one before it; archive puts away any version that is not live; sign-off and evidence (a backtest or readiness report kept by its
/// SHA-256) change no status.
/// Every change starts from the version's status at that point.
/// </summary>
public static class Lifecycle
{
    public static readonly IReadOnlyList<string> Actions = ["register", "promote", "deprecate", "rollback", "archive", "sign-off", "evidence"];

    /// <summary>Kinds of evidence a version can carry: a backtest result, and the readiness report written from it.</summary>
    public static readonly IReadOnlyList<string> EvidenceKinds = ["backtest", "readiness"];

    /// <summary>Roles that may sign a version off.</summary>
    public static readonly IReadOnlyList<string> SignOffRoles = ["data-science", "engineering", "business"];

    /// <summary>Why <paramref name="e"/> cannot follow <paramref name="state"/>; null when it can.</summary>
    public static string? Violation(RegistryState state, RegistryEvent e)
    {
        if (e.Seq != state.LastSeq + 1) return $"it carries sequence number {e.Seq} after {state.LastSeq}";
        foreach (var c in e.Changes)
        {
            var now = state.Find(c.Version)?.Status.Name();
            if (c.From != now) return $"it moves {c.Version} from {c.From ?? "unregistered"}, but {c.Version} is {now ?? "not registered"} at that point";
        }
        var own = e.Changes.Where(c => c.Version == e.Version).ToArray();
        var others = e.Changes.Where(c => c.Version != e.Version).ToArray();
        return e.Action switch
        {
            "register" => e.Changes is [{ From: null, To: "candidate" }] && own.Length == 1 ? null : $"register must make {e.Version} a candidate and nothing else",
            "promote" => Promotion(state, e, own, others),
            "deprecate" => own is [{ From: "candidate" or "challenger" or "champion", To: "deprecated" }] && others.Length == 0
                ? null : $"deprecate retires one version that is a candidate, challenger or champion",
            "rollback" => state.Champion == e.Version && own is [{ From: "champion", To: "rolled_back" }] && others is [{ From: "deprecated", To: "champion" }]
                ? null : $"rollback must move the champion {state.Champion ?? "(none)"} to rolled_back and one deprecated version back to champion",
            "archive" => own is [{ From: not ("champion" or "archived"), To: "archived" }] && others.Length == 0
                ? null : "archive puts away one version that is neither the champion nor archived",
            "sign-off" => e.Changes.Count > 0 ? "a sign-off changes no status"
                : state.Find(e.Version) is null ? $"{e.Version} is not registered"
                : SignOffRoles.Contains(e.Role) ? null : $"'{e.Role}' is not a sign-off role ({string.Join(", ", SignOffRoles)})",
            "evidence" => e.Changes.Count > 0 ? "evidence changes no status"
                : state.Find(e.Version) is null ? $"{e.Version} is not registered"
                : e.EvidenceSha256 is null ? "evidence needs the SHA-256 of the file it keeps"
                : EvidenceKinds.Contains(e.Kind) ? null : $"'{e.Kind}' is not a kind of evidence ({string.Join(", ", EvidenceKinds)})",
            _ => $"unknown event type '{e.Action}'",
        };
    }

    private static string? Promotion(RegistryState state, RegistryEvent e, StatusChange[] own, StatusChange[] others)
    {
        if (own is [{ From: "candidate", To: "challenger" }] && others.Length == 0) return null;
        if (own is not [{ From: "candidate" or "challenger", To: "champion" }])
            return $"promote makes a candidate a challenger, or a candidate or challenger the champion; this event moves {e.Version} {string.Join(", ", own.Select(c => $"{c.From ?? "unregistered"} -> {c.To}"))}";
        var expected = state.Champion is { } old ? new[] { new StatusChange(old, "champion", "deprecated") } : [];
        return others.SequenceEqual(expected) ? null
            : state.Champion is null ? "a promotion to champion when there is none changes no other version"
            : $"a promotion to champion deprecates the current champion {state.Champion} in the same event";
    }
}
