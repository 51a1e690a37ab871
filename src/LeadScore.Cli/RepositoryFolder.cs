namespace LeadScore.Cli;

/// <summary>The repository the program runs from: the first folder holding leadscore.slnx above the program or the current folder.</summary>
public static class RepositoryFolder
{
    public static string? Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "leadscore.slnx"))) return dir.FullName;
        return null;
    }
}
