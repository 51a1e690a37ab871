using LeadScore.Lists;
using LeadScore.Lists.Policy;
using LeadScore.Lists.Replay;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Lists;

/// <summary>A replay it cannot run is refused before it reads anything, with one message that says what was wrong and what to do.</summary>
public class ListReplayRefusalTests : IDisposable
{
    private readonly ListWarehouse w = new(withRun: false, withRep: false);

    public void Dispose()
    {
        w.Dispose();
        GC.SuppressFinalize(this);
    }

    private static readonly ReplayLead[] TwoLeads =
        [new("L1", 1, new DateOnly(2025, 10, 1)), new("L2", 2, new DateOnly(2025, 10, 2))];

    private string Refused(IReadOnlyList<ReplayLead> leads, IReadOnlyList<ReplayArm> arms, int listSize = 200) =>
        Assert.Throws<ListException>(() => w.Replay(leads, arms, ListPolicy.Resolve("default"), listSize)).Message;

    [Fact]
    public void No_leads() =>
        Assert.Equal("the replay has no leads: give it the historical contacted leads to replay (lead id, advisor CRD, contact date).",
            Refused([], [new ReplayArm("champion", [])]));

    [Fact]
    public void A_lead_without_an_id() =>
        Assert.Equal("lead 2 of the replay has no lead id; give every lead its Salesforce id.",
            Refused([TwoLeads[0], TwoLeads[1] with { LeadId = "" }], [new ReplayArm("champion", [1, 2])]));

    [Fact]
    public void A_lead_given_twice() =>
        Assert.Equal("lead L1 appears more than once among the replay's leads; give each lead once.",
            Refused([TwoLeads[0], TwoLeads[1] with { LeadId = "L1" }], [new ReplayArm("champion", [1, 2])]));

    [Fact]
    public void No_arms() =>
        Assert.Equal("the replay has no arms: give it at least one (a name and one score per lead).", Refused(TwoLeads, []));

    [Fact]
    public void An_arm_without_a_name() =>
        Assert.Equal("arm 2 of the replay has no name; name every arm (e.g. champion, challenger).",
            Refused(TwoLeads, [new ReplayArm("champion", [1, 2]), new ReplayArm("", [1, 2])]));

    [Fact]
    public void Two_arms_of_one_name() =>
        Assert.Equal("two arms of the replay are named 'champion'; give each arm its own name.",
            Refused(TwoLeads, [new ReplayArm("champion", [1, 2]), new ReplayArm("champion", [2, 1])]));

    [Fact]
    public void An_arm_with_scores_not_one_per_lead() =>
        Assert.Equal("arm 'challenger' has 3 scores for 2 leads; give one score per lead, in the order of the leads.",
            Refused(TwoLeads, [new ReplayArm("champion", [1, 2]), new ReplayArm("challenger", [1, 2, 3])]));

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void A_score_that_is_not_a_finite_number(double score, string written) =>
        Assert.Equal($"arm 'champion' scores lead L2 {written}; every score must be a finite number (higher = better).",
            Refused(TwoLeads, [new ReplayArm("champion", [1, score])]));

    [Theory]
    [InlineData(250, "200")]
    [InlineData(0, "200")]
    [InlineData(700, "800")]
    public void A_list_size_that_is_not_a_whole_number_of_reps(int size, string example) =>
        Assert.Equal($"a list of {size:N0} places is not a whole number of reps at 200 leads each (policy 'default'); give a positive multiple of 200, e.g. {example}.",
            Refused(TwoLeads, [new ReplayArm("champion", [1, 2])], size));
}
