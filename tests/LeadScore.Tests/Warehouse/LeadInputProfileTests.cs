using LeadScore.Tests.Support;
using LeadScore.Warehouse.Synthetic;
using Xunit.Abstractions;

namespace LeadScore.Tests.Warehouse;

/// <summary>The generated leads' raw inputs side by side with the real V4.1 leads (printed; loose bounds on the stable shares).</summary>
public sealed class LeadInputProfileTests(SyntheticWorldFixture world, ITestOutputHelper log) : IClassFixture<SyntheticWorldFixture>
{
    [SkippableFact]
    public void Generated_lead_inputs_are_close_to_the_real_leads()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var generated = LeadInputProfile.Measure(world.Warehouse);
        var real = LeadInputProfile.FromFeatures(world.Warehouse, Fixtures.Path("leads_v41.parquet"));
        foreach (var (name, synthetic, actual) in generated.Compare(real)) log.WriteLine($"{name,-28} {synthetic,10} {actual,10}");
        Assert.Equal(30_738, real["labelled_leads"]);
        foreach (var (name, tolerance) in new[] { ("has_email", 0.05), ("has_linkedin", 0.02), ("rep_type_ia", 0.05), ("rep_type_dr", 0.07), ("independent_ria", 0.08), ("tenure_unknown", 0.05) })
            Assert.InRange(generated[name]!.Value, real[name]!.Value - tolerance, real[name]!.Value + tolerance);
        Assert.True(generated["sentinel_before_2024q4"] > generated["sentinel_from_2025q3"]);
    }
}
