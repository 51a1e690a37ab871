namespace LeadScore.Warehouse;

/// <summary>
/// One value the domain forbids in a raw table, as data: the table, what is wrong in words, and the SQL condition
/// (over the table's columns, each written <c>{column}</c>) that finds the rows breaking it.
/// </summary>
public sealed record RawTableRule(string Table, string Description, string Condition);

/// <summary>
/// The rules an import checks after the types, so that a file a source system could never have produced — a spell
/// that ends before it starts, an end date known before it happened, a negative CRD or count — is refused with the
/// rows that break it instead of skewing every point-in-time feature built on it.
/// </summary>
public static class RawTableRules
{
    private const string History = "contact_registered_employment_history";

    public static readonly IReadOnlyList<RawTableRule> All =
    [
        new(History, "an employment spell that ends before it starts",
            "{previous_registration_company_end_date} < {previous_registration_company_start_date}"),
        new(History, "an end date known (end_date_known_at) before the spell ended",
            "{end_date_known_at} < {previous_registration_company_end_date}"),
        new(History, "an end_date_known_at without an end date", "{end_date_known_at} IS NOT NULL AND {previous_registration_company_end_date} IS NULL"),
        new(History, "a negative advisor CRD", "{ria_contact_crd_id} < 0"),
        new(History, "a negative firm CRD", "{previous_registration_company_crd_id} < 0"),
        new("ria_contacts_current", "a negative advisor CRD", "{ria_contact_crd_id} < 0"),
        new("ria_contacts_current", "a negative firm CRD", "{primary_firm} < 0 OR {latest_registered_employment_company_crd_id} < 0"),
        new("ria_contacts_current", "a negative count (industry_tenure_months, primary_firm_employee_count)",
            "{industry_tenure_months} < 0 OR {primary_firm_employee_count} < 0"),
        new("firms", "a negative firm CRD", "{firm_crd} < 0"),
        new("firms", "a negative employee count", "{employee_count} < 0"),
        new("broker_protocol_members", "a negative firm CRD", "{firm_crd_id} < 0"),
    ];

    public static IEnumerable<RawTableRule> For(string table) => All.Where(r => r.Table == table);
}
