using System.Diagnostics;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Cli;

/// <summary>
/// A predict interrupted while it writes (Ctrl-C, SIGTERM) removes its unfinished output, says that nothing was
/// replaced, and leaves the earlier output as it was; one killed outright leaves a temporary that the next run in the
/// folder removes, saying so.
/// </summary>
[Collection(TimingSensitive.Name)]
public class InterruptTests
{
    private static (string Model, string Schema, string Input) Job(TempFolder folder) =>
        (SomeModels.Save(SomeModels.XGBoost(), folder), SomeFiles.SchemaFile(folder), SomeFiles.Csv(folder, 1_200_000));

    private static Process Start(TempFolder folder, string output)
    {
        var (model, schema, input) = Job(folder);
        var start = CliRun.Child("predict", "--model", model, "--schema", schema,
            "--input", input, "--output", output, "--shap", "--top-k", "2", "--threads", "1");
        return Process.Start(start)!;
    }

    // Waits until the run has started writing its temporary output; returns false if it finished first.
    private static bool WaitForTemporary(Process process, string folder)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (Directory.GetFiles(folder, ".scores.csv.leadscore-*.tmp").Length > 0) return true;
            if (process.HasExited) return false;
            Thread.Sleep(5);
        }
        return false;
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public async Task An_interrupted_predict_removes_its_unfinished_output_and_keeps_the_old_one(string signal, int exitCode)
    {
        using var folder = new TempFolder();
        var output = folder.File("scores.csv");
        File.WriteAllText(output, "the scores of last month\n");
        using var process = Start(folder, output);
        var err = process.StandardError.ReadToEndAsync();
        var outText = process.StandardOutput.ReadToEndAsync();
        Assert.True(WaitForTemporary(process, folder.Path), "the run finished before it could be interrupted");
        Signal(process, signal);
        Assert.True(process.WaitForExit(60_000));
        Assert.Equal(exitCode, process.ExitCode);
        Assert.Contains("interrupted; nothing was replaced", await err);
        Assert.Equal("the scores of last month\n", File.ReadAllText(output));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.leadscore-*"));
        await outText;
    }

    [Fact]
    public void A_killed_predict_leaves_a_temporary_that_the_next_run_in_the_folder_removes()
    {
        using var folder = new TempFolder();
        var output = folder.File("scores.csv");
        using (var process = Start(folder, output))
        {
            process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEndAsync();
            Assert.True(WaitForTemporary(process, folder.Path), "the run finished before it could be killed");
            Signal(process, "KILL");
            process.WaitForExit();
        }
        var left = Directory.GetFiles(folder.Path, ".scores.csv.leadscore-*.tmp");
        Assert.NotEmpty(left);
        Assert.False(File.Exists(output));

        var small = SomeFiles.Csv(folder, 10, name: "small.csv");
        var again = CliRun.Of("predict", "--model", folder.File("model.json"), "--schema", folder.File("schema.json"), "--input", small, "--output", output);
        Assert.True(again.ExitCode == 0, again.Err);
        Assert.Contains($"note: removed {left[0]}, left behind by an interrupted leadscore run", again.Err);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.leadscore-*"));
    }

    [Fact]
    public async Task An_interrupted_train_with_overwrite_keeps_the_earlier_model_directory_whole()
    {
        using var folder = new TempFolder();
        var data = new SomeLeads { Rows = 6000, Features = 20 }.WriteCsv(folder);
        var model = folder.File("model");
        Directory.CreateDirectory(model);
        File.WriteAllText(Path.Combine(model, "model.txt"), "last month's model");
        var start = CliRun.Child(["train", "--data", data, "--target", "converted",
            "--split-column", "signup_date", .. SomeLeads.Windows, "--out", model, "--overwrite"]);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var err = new System.Text.StringBuilder();
        // The signal goes in while LightGBM is training, long before the new directory would be written.
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            err.AppendLine(line);
            if (line.StartsWith("early stopping:", StringComparison.Ordinal)) break;
        }
        Assert.False(process.HasExited, err.ToString());
        Signal(process, "INT");
        err.Append(await process.StandardError.ReadToEndAsync());
        Assert.True(process.WaitForExit(60_000));
        await output;
        Assert.Equal(130, process.ExitCode);
        Assert.Contains("interrupted; nothing was replaced", err.ToString());
        Assert.Equal(["model.txt"], Directory.GetFiles(model).Select(Path.GetFileName));
        Assert.Equal("last month's model", File.ReadAllText(Path.Combine(model, "model.txt")));
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path, "*.leadscore-*"));
    }
}

/// <summary>
/// Tests that signal a child process while it works: they run alone, after the parallel tests, so that a machine
/// busy with other tests cannot shift when the signal lands.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitive
{
    public const string Name = "timing-sensitive";
}
