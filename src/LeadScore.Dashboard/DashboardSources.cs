namespace LeadScore.Dashboard;

/// <summary>
/// What the dashboard reads: a warehouse and a model registry (either may be absent). Both are opened read-only for
/// each page and closed after it, so the dashboard never holds a writer out.
/// </summary>
public sealed record DashboardSources(string? Database, string? Registry)
{
    /// <summary>
    /// Changes whenever either source changes on disk (sizes and write times of the warehouse, its WAL, the registry's
    /// log and evidence): a page rendered at the same stamp is the same page.
    /// </summary>
    public string Stamp()
    {
        static string Of(string? path)
        {
            if (path is null) return "-";
            var file = new FileInfo(path);
            if (file.Exists) return $"{file.Length}:{file.LastWriteTimeUtc.Ticks}";
            var folder = new DirectoryInfo(path);
            return folder.Exists ? $"d{folder.LastWriteTimeUtc.Ticks}" : "none";
        }
        return string.Join("|", Of(Database), Of(Database is null ? null : Database + ".wal"),
            Of(Registry is null ? null : Path.Combine(Registry, "events.jsonl")), Of(Registry is null ? null : Path.Combine(Registry, "evidence")), Of(Registry));
    }
}
