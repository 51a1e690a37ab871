using LeadScore.Warehouse;
namespace LeadScore.Cli;

/// <summary>The CLI layer's one error type: an option or combination of options that cannot work.</summary>
public sealed class CliException : Exception
{
    private CliException(string message) : base(message) { }

    public static CliException FixturesNotFound(string? given, IEnumerable<string> tried) =>
        new(given is not null
            ? $"fixtures folder {given} does not hold the V4.1 fixtures (leads_v41.parquet, models/v4.1.0_r3/model.json, models/v4.0.0/model.json, published/, reference/); pass --fixtures with the v41 folder."
            : $"the V4.1 fixtures were not found (looked in {string.Join(", ", tried)}); the demo needs leads_v41.parquet and the models/, published/ and reference/ folders of shared/fixtures/v41: pass --fixtures DIR or set LEADSCORE_FIXTURES.");

    public static CliException TopKOutOfRange(int k, int features) =>
        new($"--top-k {k} must be between 1 and the model's {features} features.");

    public static CliException BestIterationMissing(string model) =>
        new($"{model}: --best-iteration was given but the model records no best_iteration.");

    public static CliException InvalidOption(string option, string reason) =>
        new($"{option}: {reason}.");

    public static CliException InputMissing(string option, string path) =>
        new($"{option} {path}: no such file or folder; check the path (relative paths start at {Directory.GetCurrentDirectory()}).");

    public static CliException InputIsFolder(string option, string path) =>
        new($"{option} {path} is a folder; name a file.");

    public static CliException TestDataIsTrainingData(string path) =>
        new($"--test-data {path} is the training data itself; a test measured on rows the model trained on says nothing: pass a separate labelled file.");

    public static CliException PeerFailed(string reason) =>
        new($"the xgboost peer benchmark failed ({reason}); run bench/peer.sh by hand to see why, or pass --no-peer.");

    public static CliException NoChampion(string registry) =>
        new($"registry {registry} has no champion; promote a version (leadscore registry promote VERSION) or pass --model with a model directory or file. Nothing was published.");

    public static CliException DemoOutputNotOurs(string path) =>
        new($"--out: {path} holds a registry (or files) the demo did not write, and the demo would replace it; choose another --out, or move {path} away first.");

    public static CliException DemoStepFailed(string step, string reason) =>
        new($"the demo stopped: {step} ({reason}). Nothing after it ran.");

    public static CliException ShadowWithoutRegistry() =>
        new("--no-shadow and --shadow were both given; pass one of them.");

    public static CliException RunNotPublished(string runId, IReadOnlyList<LeadScore.Warehouse.Scores.RunRecord> runs)
    {
        var attempts = runs.Where(r => r.RunId == runId).ToArray();
        var published = runs.Where(r => r.Status == AttemptStatus.Succeeded).Select(r => r.RunId).ToArray();
        return new(attempts.Length > 0
            ? $"run {runId} has no published attempt (every attempt failed its checks: {attempts[^1].Reason}); fix the cause and score it again."
            : $"no run {runId} in this warehouse; published runs: {(published.Length == 0 ? "none (leadscore score publishes one)" : string.Join(", ", published))}.");
    }

    public static CliException RulesFile(string message) => new(message);

    public static CliException RulesFileHasErrors(string source, int errors) =>
        new($"{source}: {errors} error(s), listed above with their lines; fix them before using the file (the built-in rules are src/LeadScore.Lists/Rules/v3.2.5.yaml).");
}
