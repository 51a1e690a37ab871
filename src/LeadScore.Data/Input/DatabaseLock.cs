using System.Text.RegularExpressions;

namespace LeadScore.Data.Input;

/// <summary>
/// DuckDB's refusal to open a database another process holds, recognised in one place: whether an error is that,
/// and which process holds the lock (DuckDB names it: "Conflicting lock is held in /usr/bin/dotnet (PID 1234)").
/// </summary>
public static partial class DatabaseLock
{
    public static bool IsConflict(Exception e) =>
        e.Message.Contains("Could not set lock", StringComparison.Ordinal) || e.Message.Contains("Conflicting lock", StringComparison.Ordinal);

    /// <summary>" (program, PID n)" when the message names the holder; empty otherwise.</summary>
    public static string Holder(Exception e) => HeldBy().Match(e.Message) is { Success: true } m ? $" ({m.Groups[1].Value}, PID {m.Groups[2].Value})" : "";

    [GeneratedRegex(@"held in (.+?) \(PID (\d+)\)")]
    private static partial Regex HeldBy();
}
