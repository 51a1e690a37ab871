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
    /// Proves the registry is consistent: the log replays, every registered version's files match their manifest,
    /// every kept piece of evidence matches the hash its event recorded, at most one champion. Leftovers of interrupted writes (a torn log line, a hidden partial folder, a version
    /// folder whose register event never landed, a stale state.json) are notes: they were never part of the state.
    /// </summary>
    public VerifyReport Verify()
    {
        var problems = new List<string>();
        var notes = new List<string>();
        var (events, torn) = Log.Read();
        if (torn) notes.Add("events.jsonl ends in a torn line (a write was interrupted); it is not an event and the next change removes it");
        var state = RegistryState.Replay(events);
        if (state.Versions.Count(v => v.Status == ModelStatus.Champion) > 1) problems.Add("more than one champion");
        for (int i = 0; i < events.Count; i++)
            if (events[i].Seq != i + 1) problems.Add($"event {i + 1} carries sequence number {events[i].Seq}");
        foreach (var v in state.Versions)
        {
            var folder = VersionFolder(v.Version);
            if (!Directory.Exists(folder)) { problems.Add($"{v.Version}: its folder is missing"); continue; }
            try
            {
                foreach (var p in Manifest.Read(folder).Check(folder)) problems.Add($"{v.Version}: {p}");
            }
            catch (Exception e) when (e is IOException or JsonException)
            {
                problems.Add($"{v.Version}: manifest.json is unreadable ({e.Message})");
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
        var copy = System.IO.Path.Combine(Path, "state.json");
        if (events.Count > 0 && (!File.Exists(copy) || JsonDocument.Parse(File.ReadAllText(copy)).RootElement.GetProperty("last_seq").GetInt64() != state.LastSeq))
            notes.Add("state.json is behind the event log (a change was interrupted after its event); the log is the truth and the next change rewrites it");
        return new VerifyReport(events.Count, state.Versions.Count, state.Champion, problems, notes);
    }
}
