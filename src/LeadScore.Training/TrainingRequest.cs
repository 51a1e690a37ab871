using LeadScore.Training.Config;

namespace LeadScore.Training;

/// <summary>What <c>leadscore train</c> was asked to do.</summary>
/// <param name="Data">A Parquet or CSV file, or a DuckDB database with <paramref name="Table"/>.</param>
/// <param name="Table">The table inside a DuckDB database; null for a file.</param>
/// <param name="Config">The merged configuration (defaults, file, command-line overrides).</param>
/// <param name="Features">Features to use; null = every numeric column besides the target and the split column.</param>
/// <param name="Exclude">Columns never to use as features.</param>
/// <param name="DropLeaky">Train without the features the leakage check flags.</param>
/// <param name="SearchTrials">Run a random search with this many trials first; null = train the config as given.</param>
/// <param name="TestData">A separate labelled file to measure the final model on once (tables without dates).</param>
public sealed record TrainingRequest(string Data, string? Table, ConfigDocument Config, IReadOnlyList<string>? Features,
    IReadOnlyCollection<string> Exclude, bool DropLeaky, int? SearchTrials, string? TestData = null);
