using System.Text.Json.Nodes;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Cli;

public class TrainCommandTests
{
    [Fact]
    public void Train_takes_a_table_it_has_never_seen_and_writes_a_model_directory_that_predict_and_evaluate_accept()
    {
        using var folder = new TempFolder();
        var leads = new SomeLeads();
        var data = leads.WriteCsv(folder);
        var model = folder.File("model");
        var run = CliRun.Of(["train", "--data", data, "--target", "converted", "--split-column", "signup_date", .. SomeLeads.Windows,
            "--config", SomeLeads.FastConfig(folder), "--out", model]);
        Assert.True(run.ExitCode == 0, run.Err);
        foreach (var file in new[] { "model.txt", "schema.json", "config.json", "calibration.json", "training.json", "evaluation.json", "gates.json", "leakage.json", "training-profile.json", "test-lift.svg", "test-reliability.svg" })
            Assert.True(File.Exists(Path.Combine(model, file)), file);

        var training = JsonNode.Parse(File.ReadAllText(Path.Combine(model, "training.json")))!;
        Assert.Equal(85, training["features"]!.AsArray().Count);
        Assert.Equal(6000, training["data"]!["rows"]!.GetValue<long>());
        Assert.StartsWith("sha256:", training["data"]!["hash"]!.GetValue<string>());
        var test = JsonNode.Parse(File.ReadAllText(Path.Combine(model, "evaluation.json")))!["test"]!;
        double auc = test["auc"]!["auc"]!.GetValue<double>();
        Assert.InRange(auc, 0.75, 0.95);
        Assert.True(test["auc"]!["lower"]!.GetValue<double>() < auc && auc < test["auc"]!["upper"]!.GetValue<double>());

        var scores = folder.File("scores.csv");
        var predict = CliRun.Of("predict", "--model", model, "--input", data, "--output", scores, "--id-column", "signup_date");
        Assert.True(predict.ExitCode == 0, predict.Err);
        var lines = File.ReadAllLines(scores);
        Assert.Equal(6001, lines.Length);
        Assert.Equal("signup_date,margin,probability,calibrated_probability", lines[0]);
        var calibrator = LeadScore.Models.ModelDirectory.Read(model).Calibrator!;
        foreach (var line in lines.Skip(1).Take(50))
        {
            var cells = line.Split(',').Skip(1).Select(c => float.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal((float)calibrator.Apply(cells[0], cells[1]), cells[2]);
        }

        var evaluate = CliRun.Of("evaluate", "--model", model, "--data", data, "--bootstrap", "200", "--json", folder.File("eval.json"));
        Assert.True(evaluate.ExitCode == 0, evaluate.Err);
        var evaluated = JsonNode.Parse(File.ReadAllText(folder.File("eval.json")))!["reports"]!.AsArray();
        Assert.Equal(["train", "test"], evaluated.Select(r => r!["set"]!.GetValue<string>()));
        Assert.Equal(auc, evaluated[1]!["auc"]!["auc"]!.GetValue<double>(), 12);
    }

    [Fact]
    public void Rolling_validation_and_Platt_calibration_are_configuration_not_code()
    {
        using var folder = new TempFolder();
        var data = new SomeLeads { Rows = 4000, Features = 6 }.WriteCsv(folder);
        var model = folder.File("model");
        var config = SomeLeads.FastConfig(folder, "validation:\n  method: rolling\n  folds: 3\n  months: 2\ncalibration: platt\n");
        var run = CliRun.Of(["train", "--data", data, "--target", "converted", "--split-column", "signup_date", .. SomeLeads.Windows,
            "--config", config, "--out", model]);
        Assert.True(run.ExitCode == 0, run.Err);
        var training = JsonNode.Parse(File.ReadAllText(Path.Combine(model, "training.json")))!;
        var folds = training["early_stopping"]!["folds"]!.AsArray();
        Assert.Equal(["2024-01-01", "2024-03-01", "2024-05-01"], folds.Select(f => f!["valid"]!["from"]!.GetValue<string>()));
        var gates = JsonNode.Parse(File.ReadAllText(Path.Combine(model, "gates.json")))!;
        Assert.True(gates["metrics"]!["cv.auc_std"]!.GetValue<double>() >= 0);
        Assert.NotEqual("skipped", gates["gates"]!.AsArray().Single(g => g!["id"]!.GetValue<string>() == "G8.3")!["status"]!.GetValue<string>());
        var calibration = JsonNode.Parse(File.ReadAllText(Path.Combine(model, "calibration.json")))!;
        Assert.Equal("platt", calibration["method"]!.GetValue<string>());
        Assert.True(calibration["a"]!.GetValue<double>() > 0, "a Platt slope on the margin must be positive for a model that ranks");
        Assert.Contains("calibrated (platt)", run.Out);
    }

    [Fact]
    public void Test_labels_never_influence_the_model()
    {
        using var folder = new TempFolder();
        var honest = new SomeLeads { Rows = 3000, Features = 6 };
        var flipped = honest with { TargetOverride = (_, date, y) => date >= new DateOnly(2024, 8, 1) ? (1 - y).ToString() : y.ToString() };
        string Train(SomeLeads leads, string name)
        {
            var run = CliRun.Of(["train", "--data", leads.WriteCsv(folder, name + ".csv"), "--target", "converted", "--split-column", "signup_date",
                .. SomeLeads.Windows, "--config", SomeLeads.FastConfig(folder), "--out", folder.File(name)]);
            Assert.True(run.ExitCode == 0, run.Err);
            return File.ReadAllText(Path.Combine(folder.File(name), "model.txt"));
        }
        Assert.Equal(Train(honest, "honest"), Train(flipped, "flipped"));
    }

    public static TheoryData<string, string[], string> BadInputs => new()
    {
        { "target column missing", ["--target", "outcome"], "no column 'outcome' (from --target)" },
        { "target not 0/1", ["--target", "x00"], "target column 'x00' must be 0 or 1 in every row" },
        { "single class in TRAIN", ["--target", "never"], "all have target 0" },
        { "empty split window", ["--train", "2020-01-01..2020-12-31"], "the train window 2020-01-01..2020-12-31 holds no rows" },
        { "constant feature", ["--features", "x00,x01,flat"], "feature 'flat' has a single value" },
        { "config out of range", ["--config", "bad.yaml"], "'lightgbm.learning_rate' must be in (0, 1]" },
        { "date not a date", ["--split-column", "x01"], "date column 'x01' is empty or not a date" },
        { "search kind", ["--search", "grid"], "--search: 'grid' is not one of random" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_gives_one_error_line_a_non_zero_exit_and_no_model_directory(string bad, string[] options, string expected)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("bad.yaml"), "lightgbm:\n  learning_rate: 2\n");
        var leads = new SomeLeads
        {
            Rows = 1200,
            Features = 4,
            Extra = new Dictionary<string, Func<int, string>> { ["never"] = _ => "0", ["flat"] = _ => "3" },
        };
        var data = leads.WriteCsv(folder);
        var model = folder.File("model");
        var args = new List<string> { "train", "--data", data, "--target", "converted", "--split-column", "signup_date", "--out", model };
        args.AddRange(SomeLeads.Windows);
        for (int i = 0; i < options.Length; i += 2)
        {
            int at = args.IndexOf(options[i]);
            var value = options[i + 1] == "bad.yaml" ? folder.File("bad.yaml") : options[i + 1];
            if (at >= 0) args[at + 1] = value;
            else args.AddRange([options[i], value]);
        }
        var run = CliRun.Of([.. args]);
        Assert.True(run.ExitCode == 1, $"{bad}: exit {run.ExitCode}: {run.Err}");
        Assert.Single(run.ErrLines, l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains(expected, run.Err);
        Assert.False(Directory.Exists(model), bad);
        Assert.Empty(Directory.GetDirectories(folder.Path));
    }

    [Fact]
    public void An_existing_model_directory_is_kept_unless_overwrite_is_given()
    {
        using var folder = new TempFolder();
        var data = new SomeLeads { Rows = 4000, Features = 5 }.WriteCsv(folder);
        var model = folder.File("model");
        Directory.CreateDirectory(model);
        File.WriteAllText(Path.Combine(model, "keep.txt"), "earlier");
        string[] args = ["train", "--data", data, "--target", "converted", "--split-column", "signup_date", .. SomeLeads.Windows,
            "--config", SomeLeads.FastConfig(folder), "--out", model];
        var refused = CliRun.Of(args);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("already exists", refused.Err);
        Assert.True(File.Exists(Path.Combine(model, "keep.txt")));

        var replaced = CliRun.Of([.. args, "--overwrite"]);
        Assert.True(replaced.ExitCode == 0, replaced.Err);
        Assert.False(File.Exists(Path.Combine(model, "keep.txt")));
        Assert.True(File.Exists(Path.Combine(model, "model.txt")));
        Assert.Single(Directory.GetDirectories(folder.Path));
    }
}
