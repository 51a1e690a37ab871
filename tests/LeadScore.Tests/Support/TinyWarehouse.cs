using System.Globalization;
using LeadScore.Tests.Support;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Support;

/// <summary>A warehouse in a temp folder filled row by row with hand-built histories, for feature tests.</summary>
public sealed class TinyWarehouse : IDisposable
{
    private readonly TempFolder folder = new();

    public TinyWarehouse() => Store = Store.Open(folder.File("tiny.duckdb"));

    public Store Store { get; }

    public TinyWarehouse Contact(long crd, string? email = "a@b.c", string? linkedin = "https://linkedin.com/in/x", string repType = "DR",
        bool producing = true, string? latestStart = null, long? latestFirm = null)
    {
        Execute($"INSERT INTO raw.ria_contacts_current (ria_contact_crd_id, email, linkedin_profile_url, rep_type, producing_advisor, active, " +
                $"latest_registered_employment_company_crd_id, latest_registered_employment_company, latest_registered_employment_start_date) VALUES " +
                $"({crd}, {Text(email)}, {Text(linkedin)}, {Text(repType)}, {producing}, true, {latestFirm?.ToString(CultureInfo.InvariantCulture) ?? "NULL"}, " +
                $"{(latestFirm is null ? "NULL" : "'LATEST FIRM'")}, {Date(latestStart)})");
        return this;
    }

    public TinyWarehouse Spell(long crd, long firm, string name, string start, string? end = null, string? knownAt = null)
    {
        Execute($"INSERT INTO raw.contact_registered_employment_history VALUES ({crd}, {firm}, {Text(name)}, {Date(start)}, {Date(end)}, {Date(knownAt ?? end)})");
        return this;
    }

    public TinyWarehouse Firm(long crd, string name, string classification = "Broker-Dealer", bool brokerProtocol = false)
    {
        Execute($"INSERT INTO raw.firms VALUES ({crd}, {Text(name)}, {Text(classification)}, 10)");
        if (brokerProtocol) Execute($"INSERT INTO raw.broker_protocol_members VALUES ({crd})");
        return this;
    }

    public TinyWarehouse Lead(string id, string crd, string contacted, string? called = null, string source = "Provided Lead List", string? company = null)
    {
        Execute($"INSERT INTO raw.leads (id, fa_crd__c, stage_entered_contacting__c, stage_entered_call_scheduled__c, lead_source, company, is_deleted) VALUES " +
                $"({Text(id)}, {Text(crd)}, {Date(contacted)}, {Date(called)}, {Text(source)}, {Text(company)}, false)");
        return this;
    }

    /// <summary>One row of a features table as column → value.</summary>
    public Dictionary<string, object?> Row(string table, string where)
    {
        using var command = Store.Connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table} WHERE {where}";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), $"no row in {table} where {where}");
        var row = Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i));
        Assert.False(reader.Read(), $"more than one row in {table} where {where}");
        return row;
    }

    /// <summary>A copy of the warehouse (attached as "warehouse") in its own file, for commands that open it by path.</summary>
    public string CopyTo(string path)
    {
        Execute($"ATTACH '{path}' AS copy; COPY FROM DATABASE warehouse TO copy; DETACH copy");
        return path;
    }

    public void Execute(string sql)
    {
        using var command = Store.Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Store.Dispose();
        folder.Dispose();
    }

    private static string Text(string? value) => value is null ? "NULL" : "'" + value.Replace("'", "''") + "'";

    private static string Date(string? value) => value is null ? "NULL" : $"DATE '{value}'";
}
