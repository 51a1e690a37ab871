namespace LeadScore.Monitoring;

/// <summary>
/// What a fired rule asks for. The number is the exit code of <c>leadscore monitor</c> (the strongest fired action):
/// 0, 10, 20 and 30 are fixed by issue 13. <see cref="PromoteChallenger"/> is 15: stronger than an alert (a decision
/// is due) and weaker than any rollback, so a run where the champion must go back and a challenger wins exits with
/// the rollback's code, and the registry acts on the rollback first.
/// </summary>
public enum RuleAction
{
    /// <summary>No rule fired: keep the champion.</summary>
    None = 0,

    /// <summary>Look at it: a person reviews the figures; nothing changes by itself.</summary>
    Alert = 10,

    /// <summary>Make the shadow challenger the champion: it converts better on the same leads, by a test valid under daily looks.</summary>
    PromoteChallenger = 15,

    /// <summary>Roll the champion back within a week (spec §8.6).</summary>
    PlannedRollback = 20,

    /// <summary>Roll the champion back within 24 hours (spec §8.6).</summary>
    ImmediateRollback = 30,
}

/// <summary>How an action is said, the same in the monitor's output and on the dashboard.</summary>
public static class RuleActionText
{
    public static string Text(this RuleAction action) => action switch
    {
        RuleAction.None => "all clear",
        RuleAction.Alert => "alert",
        RuleAction.PromoteChallenger => "promote the challenger",
        RuleAction.PlannedRollback => "planned rollback",
        _ => "immediate rollback",
    };
}
