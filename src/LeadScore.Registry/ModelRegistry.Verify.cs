using System.Text.Json;

namespace LeadScore.Registry;

/// <summary>What <c>registry verify</c> found: problems that make the registry untrustworthy, and notes that do not.</summary>
public sealed record VerifyReport(int Events, int Versions, string? Champion, IReadOnlyList<string> Problems, IReadOnlyList<string> Notes)
{
    public bool Valid => Problems.Count == 0;
}

public sealed partial class ModelRegistry
{
    /// <summary>
    /// Proves the registry is consistent: every line of the log is an event, the events replay through the lifecycle
    /// rules, every registered version's files match their manifest, every kept piece of evidence matches the hash its
    /// event recorded. Leftovers of interrupted writes (a torn last log line, a hidden partial folder, a version folder
    /// whose register event never landed, a stale or unreadable state.json) are notes: they were never part of the
    /// state. Verify only reads; it never repairs.
    /// </summary>
    public VerifyReport Verify()
    {
        var problems = new List<string>();
        var notes = new List<string>();
        IReadOnlyList<RegistryEvent> events;
        bool torn;
        RegistryState state;
        try
        {
            (events, torn) = Log.Read();
            state = RegistryState.Replay(events, Log.Path);
        }
        catch (RegistryException e)
        {
            problems.Add(e.Message);
            return new VerifyReport(0, 0, null, problems, notes);
        }
        if (torn) notes.Add("events.jsonl ends in a line without its newline (a write was cut short); it is not an event, and the next change removes it");
        foreach (var v in state.Versions)
        {
            var folder = VersionFolder(v.Version);
            if (!Directory.Exists(folder)) { problems.Add($"{v.Version}: its folder is missing"); continue; }
            try
            {
                foreach (var p in Manifest.Read(folder, v.Version).Check(folder)) problems.Add($"{v.Version}: {p}");
            }
            catch (RegistryException e)
            {
                problems.Add(e.Message);
            }
        }
        foreach (var e in events.Where(e => e.EvidenceSha256 is not null))
        {
            var kept = EvidencePath(e.EvidenceSha256!);
            if (!File.Exists(kept)) problems.Add($"event {e.Seq}: its evidence {e.EvidenceSha256} is missing from evidence/");
            else if (Manifest.Sha256(kept) != e.EvidenceSha256) problems.Add($"event {e.Seq}: its evidence no longer matches its SHA-256");
        }
        if (Directory.Exists(VersionsFolder))
            foreach (var folder in Directory.GetDirectories(VersionsFolder).Select(System.IO.Path.GetFileName))
            {
                if (folder!.StartsWith('.')) notes.Add($"versions/{folder} is a leftover of an interrupted register; it is ignored");
                else if (state.Find(folder) is null) notes.Add($"versions/{folder} has no register event (interrupted register); it is not a version and a new register replaces it");
            }
        if (events.Count > 0 && StateCopyProblem(state) is { } stale) notes.Add(stale);
        return new VerifyReport(events.Count, state.Versions.Count, state.Champion, problems, notes);
    }

    // state.json is derived from the log: behind it, missing or unreadable, it is rewritten by the next change.
    private string? StateCopyProblem(RegistryState state)
    {
        var copy = System.IO.Path.Combine(Path, StateFile);
        if (!File.Exists(copy)) return "state.json is missing; it is a copy derived from the log, and the next change rewrites it";
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(copy));
            return document.RootElement.GetProperty("last_seq").GetInt64() == state.LastSeq ? null
                : "state.json is behind the event log (a change was interrupted after its event); the log is the truth and the next change rewrites it";
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return $"state.json is unreadable ({e.Message.Split('\n')[0]}); it is a copy derived from the log, which is intact, and the next change rewrites it";
        }
    }
}
