using LeadScore.Tests.Support;
using LeadScore.Training.Config;
using LeadScore.Training.Search;

namespace LeadScore.Tests.Training;

public class RandomSearchTests
{
    private static SearchTrial Trial(int id, params double[] aucs) =>
        new(id, new BoosterConfig { LearningRate = 0.01 * (id + 1) }, new Dictionary<string, double>(), aucs, aucs.Average(), 0, 100, TimeSpan.Zero);

    [Fact]
    public void A_best_trial_inside_the_noise_of_the_folds_does_not_replace_the_baseline()
    {
        var choice = RandomSearch.Choose([Trial(0, 0.60, 0.66, 0.62), Trial(1, 0.64, 0.63, 0.63)], 1.0);
        Assert.Equal(0, choice.Trial.Trial);
        Assert.Equal(0.02 / 3, choice.GainOverBaseline, 12);
        Assert.StartsWith("kept the baseline", choice.Reason);
    }

    [Fact]
    public void A_best_trial_ahead_on_every_fold_by_more_than_a_standard_error_replaces_it()
    {
        var choice = RandomSearch.Choose([Trial(0, 0.60, 0.66, 0.62), Trial(1, 0.62, 0.68, 0.65), Trial(2, 0.55, 0.60, 0.58)], 1.0);
        Assert.Equal(1, choice.Trial.Trial);
        Assert.True(choice.GainOverBaseline > choice.StandardError);
    }

    [Fact]
    public void Search_through_the_command_line_shows_the_trials_and_the_choice_and_records_them()
    {
        using var folder = new TempFolder();
        var data = new SomeLeads { Rows = 4000, Features = 6 }.WriteCsv(folder);
        var model = folder.File("model");
        var run = CliRun.Of(["train", "--data", data, "--target", "converted", "--split-column", "signup_date", .. SomeLeads.Windows,
            "--config", SomeLeads.FastConfig(folder), "--search", "random", "--trials", "3", "--out", model]);
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("random search: 3 trials, rolling-origin validation on TRAIN", run.Out);
        Assert.Contains("baseline config", run.Out);
        Assert.Matches("search: (kept the baseline|trial [12] beats the baseline)", run.Out);
        var training = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(model, "training.json")))!;
        Assert.Equal(3, training["search"]!.AsArray().Count);
        Assert.NotNull(training["search_choice"]!["reason"]);
    }
}
