using LeadScore.Storage;

namespace LeadScore.Dashboard;

/// <summary>The site written to a folder: the pages to open from disk or attach to an email.</summary>
public sealed record StaticSiteResult(string Folder, int Documents, long Bytes)
{
    public string Index => Path.Combine(Folder, DashboardSite.Index);
}

/// <summary>
/// <c>leadscore serve --static DIR</c>: every document of <see cref="DashboardSite"/> written into a folder whole or not
/// at all (<see cref="AtomicFolder"/>). A folder is replaced only when it is empty or a dashboard written before (it
/// holds the marker file); anything else in it is refused, never deleted.
/// </summary>
public static class StaticSite
{
    public const string Marker = ".leadscore-dashboard";

    public static StaticSiteResult Write(DashboardSources sources, string folder, DateTimeOffset now, Action<string>? progress = null)
    {
        if (File.Exists(folder)) throw DashboardException.StaticFolder(folder, "is a file; pass a folder (new, empty, or a dashboard written before)");
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any() && !File.Exists(Path.Combine(folder, Marker)))
            throw DashboardException.StaticFolder(folder, "holds files that are not a leadscore dashboard; pass a new or empty folder (nothing was written)");
        long bytes = 0;
        var paths = DashboardSite.Paths(sources, now);
        using var site = new AtomicFolder(folder, replace: true);
        foreach (var path in paths)
        {
            var document = DashboardSite.Render(path, sources, now) ?? throw new InvalidOperationException($"the site lists {path} but cannot render it");
            site.WriteBytes(path, document.Body);
            bytes += document.Body.Length;
            progress?.Invoke(path);
        }
        site.WriteText(Marker, $"leadscore dashboard, written {now:yyyy-MM-ddTHH:mm:ssZ}\n");
        site.Commit();
        return new StaticSiteResult(Path.GetFullPath(folder), paths.Count, bytes);
    }
}
