using LeadScore.Tests.Support;

namespace LeadScore.Tests.Lists;

/// <summary>Salesforce matching and recyclability (spec §5.2 C–D): which leads may be called again, as of the run's date 2025-12-31.</summary>
public class ListSalesforceTests : IDisposable
{
    private readonly ListWarehouse w = new();

    public ListSalesforceTests() => w.Advisor(1).Score(1, 90);

    public void Dispose()
    {
        w.Dispose();
        GC.SuppressFinalize(this);
    }

    private void Build() => w.Build(perSga: 1, allowShort: true);

    [Fact]
    public void An_advisor_without_a_lead_is_a_new_prospect()
    {
        Build();
        var lead = w.Listed(1);
        Assert.Equal("NEW_PROSPECT", lead["prospect_type"]);
        Assert.Null(lead["salesforce_lead_id"]);
    }

    [Fact]
    public void A_lead_called_100_days_ago_is_dropped_naming_the_lead_and_the_day()
    {
        w.Lead("00Q001", 1).Task("00T1", "00Q001", ListWarehouse.DaysBefore(100), type: "Call");
        Build();
        Assert.Equal(("salesforce", "Salesforce lead 00Q001 was called or texted on 2025-09-22, 100 days before 2025-12-31 (recyclable after 180)"),
            w.Dropped(1));
    }

    [Fact]
    public void Calls_after_the_runs_date_are_not_yet_known_but_do_not_call_set_later_still_holds()
    {
        // A list rebuilt in February for January sees the calls made by 2025-12-31; a do-not-call flag is obeyed whenever it was set.
        w.Lead("00Q001", 1).Task("00T1", "00Q001", ListWarehouse.DaysBefore(200), type: "Call").Task("00T2", "00Q001", "2026-01-15", type: "Call");
        Build();
        Assert.Equal("00Q001", w.Listed(1)["salesforce_lead_id"]);

        using var later = new ListWarehouse();
        later.Advisor(1).Score(1, 90).Lead("00Q009", 1, doNotCall: true, created: "2026-01-10");
        later.Build(perSga: 1, allowShort: true);
        Assert.Equal("salesforce", later.Dropped(1)?.Step);
    }

    [Theory]
    [InlineData(180, false)]   // exactly 180 days: not yet
    [InlineData(181, true)]
    [InlineData(200, true)]
    public void A_lead_last_called_more_than_180_days_ago_is_recycled_with_its_id(int days, bool recycled)
    {
        w.Lead("00Q001", 1).Task("00T1", "00Q001", ListWarehouse.DaysBefore(days), type: "Call");
        Build();
        if (!recycled)
        {
            Assert.Equal("salesforce", w.Dropped(1)?.Step);
            return;
        }
        var lead = w.Listed(1);
        Assert.Equal("IN_SALESFORCE", lead["prospect_type"]);
        Assert.Equal("00Q001", lead["salesforce_lead_id"]);
    }

    [Theory]
    [InlineData(null, null, "Sent SMS follow-up", null, false, true)]       // an SMS by its subject counts
    [InlineData("Outgoing SMS", null, null, null, false, true)]
    [InlineData(null, "Call", null, null, false, true)]                     // task subtype Call
    [InlineData(null, null, null, "Outbound", false, true)]                 // only a call type: a logged call
    [InlineData("Call", null, "Intro call", null, true, false)]             // a deleted task does not count
    [InlineData("Email", "Email", "Quarterly newsletter", null, false, false)] // an email is no call or text
    public void Only_undeleted_calls_and_texts_block_a_lead(string? type, string? subtype, string? subject, string? callType, bool deleted, bool blocks)
    {
        w.Lead("00Q001", 1).Task("00T1", "00Q001", ListWarehouse.DaysBefore(30), type, subtype, subject, callType, deleted);
        Build();
        if (blocks) Assert.Equal("salesforce", w.Dropped(1)?.Step);
        else Assert.Equal("IN_SALESFORCE", w.Listed(1)["prospect_type"]);
    }

    [Fact]
    public void A_do_not_call_lead_is_dropped()
    {
        w.Lead("00Q001", 1, doNotCall: true);
        Build();
        Assert.Equal(("salesforce", "Salesforce lead 00Q001 is marked do-not-call"), w.Dropped(1));
    }

    [Theory]
    [InlineData("Closed", false)]
    [InlineData("Do Not Contact", false)]
    [InlineData("Nurture", true)]
    public void A_lead_with_a_closed_status_is_dropped(string status, bool kept)
    {
        w.Lead("00Q001", 1, status: status);
        Build();
        if (kept) w.Listed(1);
        else Assert.Equal(("salesforce", $"Salesforce lead 00Q001 has status {status}"), w.Dropped(1));
    }

    [Fact]
    public void A_deleted_lead_is_no_lead()
    {
        w.Lead("00Q001", 1, doNotCall: true, deleted: true);
        Build();
        Assert.Equal("NEW_PROSPECT", w.Listed(1)["prospect_type"]);
    }

    [Fact]
    public void Any_lead_that_blocks_blocks_the_advisor()
    {
        w.Lead("00Q001", 1, created: "2023-01-01").Task("00T1", "00Q001", ListWarehouse.DaysBefore(400), type: "Call");
        w.Lead("00Q002", 1, created: "2022-01-01").Task("00T2", "00Q002", ListWarehouse.DaysBefore(10), type: "Call");
        Build();
        var (step, reason) = w.Dropped(1)!.Value;
        Assert.Equal("salesforce", step);
        Assert.StartsWith("Salesforce lead 00Q002 was called or texted on", reason, StringComparison.Ordinal);
    }
}
