using System.Globalization;
using LeadScore.Data;

namespace LeadScore.Warehouse;

/// <summary>
/// The statuses of an attempt at a published result (a scoring run in <c>scores.runs</c>, a month's list in
/// <c>lists.runs</c>): at most one attempt per id has succeeded — the published one; a later success marks it replaced;
/// a failed attempt is recorded and changes nothing else.
/// </summary>
public static class AttemptStatus
{
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Replaced = "replaced";
}

/// <summary>The bookkeeping both attempt tables share: the next attempt number and the retirement of the published one.</summary>
internal static class Attempts
{
    /// <summary>The number the next attempt at <paramref name="id"/> takes (1 for a new id or a table not yet created).</summary>
    public static int Next(Warehouse warehouse, string table, string idColumn, string id)
    {
        if (!warehouse.HasTable(table)) return 1;
        using var command = warehouse.Command($"SELECT coalesce(max(attempt), 0) + 1 FROM {table} WHERE {idColumn} = {Sql.Literal(id)}");
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The statement that marks the published attempt at <paramref name="id"/> replaced.</summary>
    public static string ReplacePublished(string table, string idColumn, string id) =>
        $"UPDATE {table} SET status = '{AttemptStatus.Replaced}' WHERE {idColumn} = {Sql.Literal(id)} AND status = '{AttemptStatus.Succeeded}'";
}
