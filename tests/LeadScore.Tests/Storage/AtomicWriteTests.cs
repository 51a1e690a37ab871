using LeadScore.Storage;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Storage;

public class AtomicWriteTests
{
    [Fact]
    public void A_file_appears_whole_at_commit_and_an_uncommitted_one_leaves_nothing()
    {
        using var folder = new TempFolder();
        var target = folder.File("out.json");
        File.WriteAllText(target, "old");
        using (var file = new AtomicFile(target))
        {
            file.Stream!.Write("new"u8);
            Assert.Equal("old", File.ReadAllText(target));
            Assert.Matches(@"^\.out\.json\.leadscore-\d+-[0-9a-f]{8}\.tmp$", Path.GetFileName(file.TempPath));
        }
        Assert.Equal("old", File.ReadAllText(target));
        Assert.Equal(["out.json"], folder.Files());
        AtomicFile.WriteText(target, "new");
        Assert.Equal("new", File.ReadAllText(target));
        Assert.Equal(["out.json"], folder.Files());
    }

    [Fact]
    public void A_folder_replaced_is_kept_until_its_successor_is_complete()
    {
        using var folder = new TempFolder();
        var target = folder.File("model");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "model.txt"), "old model");
        using (var next = new AtomicFolder(target, replace: true))
        {
            next.WriteText("model.txt", "new model");
            Assert.Equal("old model", File.ReadAllText(Path.Combine(target, "model.txt")));
        }
        Assert.Equal("old model", File.ReadAllText(Path.Combine(target, "model.txt")));
        using (var next = new AtomicFolder(target, replace: true))
        {
            next.WriteText("model.txt", "new model");
            next.Commit();
        }
        Assert.Equal("new model", File.ReadAllText(Path.Combine(target, "model.txt")));
        Assert.Equal(["model"], Directory.GetDirectories(folder.Path).Select(Path.GetFileName));
        using var refused = new AtomicFolder(target, replace: false);
        Assert.Throws<StorageException>(refused.Commit);
        Assert.Equal("new model", File.ReadAllText(Path.Combine(target, "model.txt")));
    }

    [Fact]
    public void A_missing_folder_is_one_clear_error()
    {
        using var folder = new TempFolder();
        var error = Assert.Throws<StorageException>(() => AtomicFile.WriteText(folder.File("no/such/out.json"), "x"));
        Assert.Contains("the folder", error.Message);
        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public void Stale_temporaries_of_a_finished_process_are_swept_and_those_of_a_live_one_kept()
    {
        using var folder = new TempFolder();
        int dead = DeadProcessId();
        var staleFile = folder.File($".scores.csv.leadscore-{dead}-0123abcd.tmp");
        var staleWal = folder.File($".w.duckdb.leadscore-{dead}-0123abcd.tmp.wal");
        var staleFolder = folder.File($".model.leadscore-{dead}-89abcdef.partial");
        var live = folder.File($".scores.csv.leadscore-{Environment.ProcessId}-fedcba98.tmp");
        var notOurs = folder.File(".scores.csv.tmp");
        foreach (var f in new[] { staleFile, staleWal, live, notOurs }) File.WriteAllText(f, "x");
        Directory.CreateDirectory(staleFolder);
        var swept = new List<string>();
        void Note(string path) => swept.Add(path);
        TemporaryPaths.Swept += Note;
        try { AtomicFile.WriteText(folder.File("scores.csv"), "id\n"); }
        finally { TemporaryPaths.Swept -= Note; }
        Assert.False(File.Exists(staleFile));
        Assert.False(File.Exists(staleWal));
        Assert.False(Directory.Exists(staleFolder));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(notOurs));
        Assert.Equal(3, swept.Count(p => p.StartsWith(folder.Path, StringComparison.Ordinal)));
    }

    private static int DeadProcessId()
    {
        for (int pid = 4_000_000; ; pid--)
            if (!Directory.Exists($"/proc/{pid}")) return pid;
    }
}
