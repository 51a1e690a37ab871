using LeadScore.Data.Output;
using LeadScore.Engine.Explain;
using LeadScore.Engine.Import;
using LeadScore.Engine.Schema;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Data;

public class OutputLayoutTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_reasons_value_reads_as_itself_whichever_equal_value_came_first(bool negativeFirst)
    {
        var model = ModelLoader.Parse(SomeModels.XGBoost().ToJsonString(), "m.json");
        var layout = new OutputLayout("lead_id", FeatureSchemaJson.Parse(SomeFiles.TierSchema, "tiers").BindTo(model), shap: false, topK: 1);
        float[] order = negativeFirst ? [-0f, 0f] : [0f, -0f];
        foreach (var value in order.Concat(order))
            Assert.Equal(value.ToString(System.Globalization.CultureInfo.InvariantCulture), layout.ReasonValue(new ReasonCode(0, value, 1f)));
        Assert.Equal("high", layout.ReasonValue(new ReasonCode(1, 2f, 1f)));
        Assert.Equal("missing", layout.ReasonValue(new ReasonCode(0, float.NaN, 1f)));
    }
}
