using LeadScore.Training.Config;
using LeadScore.Models.Gates;

namespace LeadScore.Tests.Training;

public class GateEvaluatorTests
{
    [Theory]
    [InlineData(0.04, GateStatus.Pass)]
    [InlineData(0.0746, GateStatus.Warn)]
    [InlineData(0.15, GateStatus.Fail)]
    public void A_gate_passes_warns_or_fails_by_its_two_thresholds(double gap, GateStatus expected)
    {
        var gate = new GateSpec("G8.1", "AUC gap", "gap.auc", "<", Fail: 0.15, Warn: 0.05);
        var result = Assert.Single(GateEvaluator.Evaluate([gate], new Dictionary<string, double> { ["gap.auc"] = gap }));
        Assert.Equal(expected, result.Status);
        Assert.Equal(gap, result.Value);
    }

    [Fact]
    public void A_metric_the_run_lacks_skips_its_gate_and_the_worst_status_wins()
    {
        GateSpec[] gates =
        [
            new("cv", "CV std", "cv.auc_std", "<", 0.03, null),
            new("lift", "lift", "test.top_decile_lift", ">=", 1.4, 1.5),
            new("auc", "auc", "test.auc", ">", 0.58, null),
        ];
        var results = GateEvaluator.Evaluate(gates, new Dictionary<string, double> { ["test.top_decile_lift"] = 1.45, ["test.auc"] = 0.61 });
        Assert.Equal([GateStatus.Skipped, GateStatus.Warn, GateStatus.Pass], results.Select(r => r.Status));
        Assert.Equal(GateStatus.Warn, GateEvaluator.Overall(results));
        var failing = GateEvaluator.Evaluate(gates, new Dictionary<string, double> { ["test.auc"] = 0.5 });
        Assert.Equal(GateStatus.Fail, GateEvaluator.Overall(failing));
    }
}
