using System.Globalization;

namespace LeadScore.Warehouse.Outcomes;

/// <summary>
/// What an outcomes file (a Salesforce export of the worked leads) holds: its columns as the import types them, and
/// the rows the domain forbids. Names compare without regard to case, as SQL's do.
/// </summary>
public static class OutcomeFile
{
    public const string LeadId = "lead_id";
    public const string AdvisorCrd = "advisor_crd";
    public const string ContactedDate = "contacted_date";
    public const string CallScheduledDate = "call_scheduled_date";
    public const string Status = "status";

    /// <summary>
    /// The columns, typed as read. The CRD is read as text here and checked by <see cref="CrdPattern"/>, so that "CRD 7",
    /// -3 or 12.5 get the CRD's own message; <c>status</c> alone may be left out of a file.
    /// </summary>
    public static readonly IReadOnlyList<TableColumn> Columns =
    [
        new(LeadId, "VARCHAR", Nullable: false),
        new(AdvisorCrd, "VARCHAR", Nullable: false),
        new(ContactedDate, "DATE", Nullable: false),
        new(CallScheduledDate, "DATE", Nullable: true),
        new(Status, "VARCHAR", Nullable: true),
    ];

    /// <summary>The columns every file must have.</summary>
    public static IEnumerable<string> Required => Columns.Where(c => c.Name != Status).Select(c => c.Name);

    /// <summary>A positive whole number of at most 18 digits (fits BIGINT), leading zeros and a zero fraction (123.0, from a float column) allowed.</summary>
    public const string CrdPattern = @"0*[1-9][0-9]{0,17}(\.0*)?";

    /// <summary>The CRD as a number, from text that matched <see cref="CrdPattern"/>.</summary>
    public static string CrdValue(string text) => $"CAST(split_part({text}, '.', 1) AS BIGINT)";

    /// <summary>The rules over the typed values (<c>{column}</c> is a column's typed value), as of <paramref name="today"/>.</summary>
    public static IReadOnlyList<RawTableRule> Rules(DateOnly today)
    {
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return
        [
            new(OutcomeStore.OutcomesTable, $"a contacted_date after today ({day}, UTC)", $"{{{ContactedDate}}} > DATE '{day}'"),
            new(OutcomeStore.OutcomesTable, $"a call_scheduled_date after today ({day}, UTC)", $"{{{CallScheduledDate}}} > DATE '{day}'"),
            new(OutcomeStore.OutcomesTable, "a call scheduled before the lead was contacted (call_scheduled_date before contacted_date)",
                $"{{{CallScheduledDate}}} < {{{ContactedDate}}}"),
        ];
    }
}
