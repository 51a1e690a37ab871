using LeadScore.Storage;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Storage;

/// <summary>An output never resolves to an input: not through "..", a symbolic link, a hard link, or another spelling.</summary>
public class OutputPathTests
{
    [Fact]
    public void The_same_file_reached_through_dots_links_and_hard_links_is_refused()
    {
        using var folder = new TempFolder();
        var input = folder.File("leads.csv");
        File.WriteAllText(input, "id\n1\n");
        Directory.CreateDirectory(folder.File("sub"));
        var symbolic = folder.File("link.csv");
        File.CreateSymbolicLink(symbolic, input);
        var linkedFolder = folder.File("alias");
        Directory.CreateSymbolicLink(linkedFolder, folder.Path);
        var hard = folder.File("hard.csv");
        using (var ln = System.Diagnostics.Process.Start("ln", [input, hard])!) ln.WaitForExit();
        foreach (var output in new[] { input, Path.Combine(folder.Path, "sub", "..", "leads.csv"), symbolic, Path.Combine(linkedFolder, "leads.csv"), hard })
        {
            var error = Assert.Throws<StorageException>(() => OutputPath.CheckFile("--output", output, [".csv"], new InputPath("--input", input)));
            Assert.Contains("destroy that input", error.Message);
        }
        OutputPath.CheckFile("--output", folder.File("scores.csv"), [".csv"], new InputPath("--input", input));
    }

    [Fact]
    public void Outputs_inside_an_input_folder_or_folders_holding_an_input_are_refused()
    {
        using var folder = new TempFolder();
        var model = folder.File("model");
        Directory.CreateDirectory(model);
        File.WriteAllText(Path.Combine(model, "model.txt"), "tree");
        Assert.Contains("lies inside", Assert.Throws<StorageException>(() =>
            OutputPath.CheckFile("--json", Path.Combine(model, "model.txt"), [".json", ".txt"], new InputPath("--model", model))).Message);
        var data = folder.File("leads.csv");
        File.WriteAllText(data, "x");
        Assert.Contains("would replace a folder that holds", Assert.Throws<StorageException>(() =>
            OutputPath.CheckFolder("--out", folder.Path, new InputPath("--data", data))).Message);
        Assert.Contains("is a file", Assert.Throws<StorageException>(() => OutputPath.CheckFolder("--out", data)).Message);
    }

    [Fact]
    public void A_name_must_say_the_format_written_to_it()
    {
        using var folder = new TempFolder();
        var error = Assert.Throws<StorageException>(() => OutputPath.CheckFile("--parquet", folder.File("features.duckdb"), [".parquet"]));
        Assert.Equal($"--parquet {folder.File("features.duckdb")}: the name must end in .parquet, the format this option writes; rename the output.", error.Message);
    }
}
