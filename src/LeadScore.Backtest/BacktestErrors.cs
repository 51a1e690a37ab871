namespace LeadScore.Backtest;

/// <summary>The backtest's messages for inputs it cannot compare on, written once: what was given and what to do.</summary>
internal static class BacktestErrors
{
    public static BacktestException UnknownPolicy(string name) =>
        new($"--policy '{name}' is not a backtest policy; use one of {string.Join(", ", BacktestPolicy.Names)}.");

    public static BacktestException BadListSize(int size) =>
        new($"--list-size {size} is not a list size; give the number of leads a month's list holds (e.g. 2800 = 14 reps × 200).");

    public static BacktestException NoLeads(string data, string window) =>
        new($"{data} has no leads contacted in {window}; choose a window inside the data's dates, or other data.");

    public static BacktestException NoConversions(string data, string window, int leads) =>
        new($"the {leads:N0} leads of {data} contacted in {window} have no conversion: a backtest cannot compare rates there and writes nothing; widen the window.");

    public static BacktestException AllConverted(string data, string window, int leads) =>
        new($"every one of the {leads:N0} leads of {data} contacted in {window} converted: there is nothing to rank; check the target column.");

    public static BacktestException MissingFeatures(string role, string model, IReadOnlyList<string> missing, string data) =>
        new($"the {role} {model} needs {string.Join(", ", missing)}, which {data} does not have; give data that has every feature of both models (or map the columns in the model's schema).");

    public static BacktestException NothingSelected(string role, string policy) =>
        new($"the {role}'s selection under the {policy} policy is empty, so it has no conversion rate; widen the window or use another policy.");

    public static BacktestException ListNeedsWarehouse() =>
        new("--policy list replays the lead list from the warehouse (tier inputs as of each contact month): give the leads with --db WAREHOUSE, not --data.");

    public static BacktestException LegacyNeedsFixtures(string data) =>
        new($"--legacy reproduces the original's backtest on the real V4.1 leads and models; {data} is not the fixtures' leads_v41.parquet.");

    public static BacktestException SameModel(string model) =>
        new($"--champion and --challenger are the same model ({model}); a backtest compares two different models.");
}
