namespace LeadScore.Scoring;

/// <summary>
/// The scoring run's one error type: a run that cannot start or cannot be published. Messages are one line saying
/// what is wrong and what to do; they are written only here.
/// </summary>
public sealed class ScoringRunException : Exception
{
    private ScoringRunException(string message) : base(message) { }

    /// <summary>A phrase file (the narratives' phrases) that cannot be read or breaks the format; the reason names the feature and field.</summary>
    public static ScoringRunException PhraseFile(string source, string reason) =>
        new($"{source}: {reason}; fix the phrase file (the format is in src/LeadScore.Scoring/Narratives/README.md).");

    public static ScoringRunException ChecksFile(string source, string reason) =>
        new($"{source}: {reason}; fix the checks file (the defaults are in src/LeadScore.Scoring/Checks/default-checks.json).");

    public static ScoringRunException SqlRowsDiffer(int read, int scored) =>
        new($"the warehouse scored {scored:N0} rows with the compiled model but the features hold {read:N0} advisors (or other ids); the feature snapshot changed during the run: run it again.");

    public static ScoringRunException OneChampion(int found) =>
        new($"a run scores with exactly one champion, but {found} were given; pass one --model and any number of --shadow models.");

    public static ScoringRunException DuplicateVersion(string version, IEnumerable<string> given) =>
        new($"two models of the run are named '{version}' ({string.Join(" and ", given)}); each model takes part in a run once, under one name " +
            "(a model outside the registry is named by its folder): rename one folder or register the models.");

    public static ScoringRunException NoData(string database) =>
        new($"{database}: the raw tables are empty; import raw data (leadscore warehouse import) or build a synthetic warehouse (leadscore synth) first. Nothing was published.");

    public static ScoringRunException AfterData(DateOnly asOf, DateOnly through) =>
        new($"--as-of {asOf:yyyy-MM-dd} is after the warehouse's data, which ends on {through:yyyy-MM-dd}; features as of a later day would be guessed. " +
            $"Import newer raw data or pass --as-of {through.AddDays(1):yyyy-MM-dd} or earlier. Nothing was published.");

    public static ScoringRunException FeatureNotBuilt(string model, string feature, string column, IEnumerable<string> available) =>
        new($"model {model} needs feature '{feature}' (column '{column}'), which the warehouse's feature build does not produce " +
            $"(it builds: {string.Join(", ", available.Order(StringComparer.Ordinal))}); score with a model trained on these features. Nothing was published.");

    public static ScoringRunException FeatureType(string model, string feature, string column, string type, string expected) =>
        new($"model {model} reads feature '{feature}' from column '{column}' as {expected}, but the warehouse builds it as {type}; " +
            $"the model's schema does not fit this warehouse: fix the schema or score with a model trained here. Nothing was published.");

    public static ScoringRunException AdvisorIdNotNumeric(string id) =>
        new($"advisor id '{id}' in the feature table is not a number; advisor CRDs are integers: rebuild the features. Nothing was published.");

    public static ScoringRunException ReferenceAmbiguous(string reference) =>
        new($"--reference {reference} names both a file and a warehouse table; rename the file or pass it as ./{reference}.");

    public static ScoringRunException ReferenceMissing(string reference) =>
        new($"--reference {reference}: no such file, and not a schema.table name of the warehouse; pass training rows as .parquet, .csv or a table such as features.training.");
}
