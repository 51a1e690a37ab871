namespace LeadScore.Warehouse;

/// <summary>
/// The warehouse layer's one error type: a database, table or import that cannot work as asked. Messages are one
/// line saying what is wrong and what to do; they are written only here.
/// </summary>
public sealed partial class WarehouseException : Exception
{
    private WarehouseException(string message, Exception? inner = null) : base(message, inner) { }

    public static WarehouseException Unopenable(string path, string reason, Exception? inner = null) =>
        new($"{path}: cannot open the warehouse ({FirstLine(reason)}); pass --db with a DuckDB file this user can write, or a new path.", inner);

    public static WarehouseException MonitorDateInFuture(DateOnly asOf) =>
        new($"--as-of: {asOf:yyyy-MM-dd} is in the future; outcomes are known up to today at the latest.");

    public static WarehouseException NoOutcomes(string path) =>
        new($"--db: {path} holds no outcomes; import them with `leadscore outcomes import FILE --db {path}`.");

    public static WarehouseException NoListOutcomes(string path, string? listId) => listId is null
        ? new($"--db: no imported outcome in {path} belongs to a published list; import the list's outcomes first.")
        : new($"--list: list {listId} has no imported outcome in {path} (or is not a published list).");

    public static WarehouseException MonitorBeforeList(DateOnly asOf, string listId, DateOnly start) =>
        new($"--as-of: {asOf:yyyy-MM-dd} is before list {listId} starts ({start:yyyy-MM-dd}); nothing could be known yet.");

    public static WarehouseException Missing(string path) =>
        new($"{path}: no warehouse there; pass --db with an existing warehouse (warehouse init, warehouse import or synth create one).");

    public static WarehouseException InUse(string path, string holder) =>
        new($"{path}: the warehouse is in use by another process{holder}; wait for it to finish (or close the program holding it) and run again.");

    public static WarehouseException NotAWarehouse(string path) =>
        new($"{path}: exists but is not a DuckDB database; pass --db with a DuckDB file or a path that does not exist yet.");

    public static WarehouseException UnknownTable(string table, IEnumerable<string> tables) =>
        new($"'{table}' is not a raw table of the warehouse; raw tables: {string.Join(", ", tables)}.");

    public static WarehouseException MissingColumns(string file, string table, IEnumerable<string> columns) =>
        new($"{file}: lacks column(s) {string.Join(", ", columns)} of {table}; every column of the table must be present (empty values are allowed where the table allows NULL). Nothing was loaded.");

    public static WarehouseException ExtraColumns(string file, string table, IEnumerable<string> columns) =>
        new($"{file}: has column(s) {string.Join(", ", columns)} that {table} does not have; remove them or check the table name. Nothing was loaded.");

    public static WarehouseException WrongType(string file, string column, string type, IEnumerable<string> values, IEnumerable<long> rows) =>
        new($"{file}: column '{column}' must be {type}, but holds {string.Join(", ", values.Select(v => $"'{v}'"))}, first at row(s) {string.Join(", ", rows)}; fix those values. Nothing was loaded.");

    public static WarehouseException NullNotAllowed(string file, string column, IEnumerable<long> rows) =>
        new($"{file}: column '{column}' is empty at row(s) {string.Join(", ", rows)}, and the table requires a value there. Nothing was loaded.");

    public static WarehouseException DuplicateKeys(string file, string table, IEnumerable<string> keyColumns, IEnumerable<string> keys, bool againstExisting) =>
        new($"{file}: key ({string.Join(", ", keyColumns)}) = {string.Join("; ", keys)} {(againstExisting ? "is in the file and already in " + table : "appears more than once in the file")}; {table} holds one row per key. Nothing was loaded.");

    public static WarehouseException RuleBroken(string file, string table, string rule, IEnumerable<long> rows) =>
        new($"{file}: {rule} at row(s) {string.Join(", ", rows)}; {table} cannot hold that, so the file was refused: fix those rows. Nothing was loaded.");

    public static WarehouseException EmptyFile(string file) =>
        new($"{file}: the file has no rows; nothing to load.");

    public static WarehouseException NotATable(string file, string reason) =>
        new($"{file}: not a table of lead outcomes ({FirstLine(reason)}); export them as a .csv with a header row or as .parquet, with the columns {OutcomeColumns}. Nothing was loaded.");

    public static WarehouseException UnknownOutcomeColumns(string file, IEnumerable<string> columns) =>
        new($"{file}: unknown column(s) {Quoted(columns)}; an outcomes file has the columns {OutcomeColumns}: rename or remove the others. Nothing was loaded.");

    public static WarehouseException MissingOutcomeColumns(string file, IEnumerable<string> columns) =>
        new($"{file}: lacks column(s) {string.Join(", ", columns)}; an outcomes file needs lead_id, advisor_crd, contacted_date and call_scheduled_date (empty when the lead has not converted), and may have status. Nothing was loaded.");

    public static WarehouseException NotACrd(string file, string column, IEnumerable<string> values, IEnumerable<long> rows) =>
        new($"{file}: column '{column}' must hold an advisor CRD, a positive whole number, but holds {Quoted(values)}, first at row(s) {string.Join(", ", rows)}; fix those values. Nothing was loaded.");

    public static WarehouseException ConflictingLeads(string file, long leads, IEnumerable<string> first) =>
        new($"{file}: {(leads == 1 ? "a lead appears" : $"{leads:N0} leads appear")} more than once with different values ({string.Join("; ", first)}); " +
            "the file must give one state per lead: keep each lead's latest row. Nothing was loaded.");

    public static WarehouseException NoPublishedList(string listId, IEnumerable<string> published) =>
        new($"--list: '{listId}' has no published lead list in this warehouse (published: {(published.Any() ? string.Join(", ", published) : "none")}); build it with `leadscore leadlist --month {listId}`.");

    public static WarehouseException NotSynthetic(string path) =>
        new($"{path}: no synth.advisor_truth, so no true probability to draw outcomes from; synthetic outcomes need a warehouse filled by `leadscore synth`.");

    public static WarehouseException NoTruth(string listId, long advisorCrd) =>
        new($"advisor {advisorCrd} of list {listId} has no true probability in synth.advisor_truth; synthetic outcomes need a list built on the synthetic world as `leadscore synth` left it.");

    public static WarehouseException NoConversionDelays() =>
        new("the warehouse holds no labelled conversion within 43 days (features.training, or raw.leads' stage dates) to draw the delays from; build the training features with `leadscore features training` first.");

    public static WarehouseException DuckDbOnly(string path) =>
        new($"{path}: this step runs only on a DuckDB warehouse; pass --db with a DuckDB file.");

    public static WarehouseException UnknownDialect(string name, IEnumerable<string> dialects) =>
        new($"--dialect: '{name}' is not a SQL dialect leadscore writes; use one of {string.Join(", ", dialects)}.");

    public static WarehouseException UnsafeName(string name, string what) =>
        new($"the {what} '{string.Concat(name.Select(c => char.IsControl(c) ? '?' : c))}' is empty or holds a control character, which no SQL quoting carries safely; rename it.");

    public static WarehouseException BadTableName(string name, string dialect) =>
        new($"--table: '{name}' is not a {dialect} table name; write table, schema.table or catalog.schema.table (project.dataset.table in BigQuery).");

    public static WarehouseException ModelTooLarge(string model, int tree, long bytes, string dialect, long limit) => tree >= 0
        ? new($"{model}: tree {tree} alone compiles to {bytes:N0} bytes of SQL, beyond {dialect}'s limit of {limit:N0} bytes per query, and one tree cannot be split; score this model in process (leadscore predict) or with a dialect without that limit.")
        : new($"{model}: a compiled statement needs {bytes:N0} bytes, beyond {dialect}'s limit of {limit:N0} bytes per query; score this model in process (leadscore predict).");

    public static WarehouseException StepFailed(string step, string warehouse, string reason, Exception inner) =>
        new($"{warehouse}: the month's {step} step failed inside the warehouse ({FirstLine(reason)}); check that the raw tables are there with their columns (leadscore warehouse tables), and run again. Nothing of this step was kept.", inner);

    public static WarehouseException NoFeatureTable(string table, string warehouse) =>
        new($"--table: {table} is not a table of {warehouse}; build the features first (leadscore features prospects) or name an existing table.");

    public static WarehouseException ExplainTooDeep(string model, int tree, int depth, int maxDepth, int reasons) =>
        new($"{model}: --explain needs every tree of depth <= {maxDepth} (it tabulates each tree's reasons in SQL), but tree {tree} has depth {depth}; compile without --explain, and get the reasons in process with `leadscore predict --top-k {reasons}`.");

    public static WarehouseException FeatureTableMissingColumns(string table, IEnumerable<string> columns, IEnumerable<string> has) =>
        new($"--table: {table} lacks the model's column(s) {string.Join(", ", columns)} (it has {string.Join(", ", has.Take(12))}{(has.Count() > 12 ? ", ..." : "")}); build the features (leadscore features prospects) or pass --schema naming the columns.");

    private const string OutcomeColumns = "lead_id, advisor_crd, contacted_date, call_scheduled_date and optionally status";

    private static string Quoted(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));

    private static string FirstLine(string s) => s.Split('\n', 2)[0].Trim();
}
