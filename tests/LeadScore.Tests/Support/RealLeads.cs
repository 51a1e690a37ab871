using System.Globalization;
using LeadScore.Data.Input;
using LeadScore.Engine.Import;
using LeadScore.Engine.Model;
using LeadScore.Engine.Schema;
using LeadScore.Engine.Scoring;

namespace LeadScore.Tests.Support;

/// <summary>The 30,738 real leads scored and explained by one real model, with the xgboost reference rows.</summary>
public sealed class RealLeads
{
    private readonly Dictionary<string, int> rowOf = new();

    private RealLeads(TreeEnsemble model, FeatureSchema schema, IReadOnlyList<FeatureSpec> features, FeatureBlock input, ScoreBlock scores, string[] ids)
    {
        Model = model;
        Schema = schema;
        Features = features;
        Input = input;
        Scores = scores;
        Ids = ids;
        for (int i = 0; i < input.Count; i++) rowOf[ids[i]] = i;
    }

    public TreeEnsemble Model { get; }

    public FeatureSchema Schema { get; }

    public IReadOnlyList<FeatureSpec> Features { get; }

    public FeatureBlock Input { get; }

    public ScoreBlock Scores { get; }

    public string[] Ids { get; }

    public int Row(string leadId) => rowOf[leadId];

    /// <summary>Scores every lead of leads_v41.parquet; the schema defaults to the model's built-in one.</summary>
    public static RealLeads Score(string modelName, FeatureSchema? schema = null)
    {
        var model = ModelLoader.Load(Fixtures.Path("models", modelName, "model.json"));
        schema ??= BuiltInSchemas.Find(modelName)!;
        var features = schema.BindTo(model);
        using var reader = FeatureReader.Open(Fixtures.Path("leads_v41.parquet"), features, "lead_id");
        var input = new FeatureBlock(features.Count, (int)reader.RowCount);
        var ids = new string[input.Stride];
        reader.Read(input, ids);
        var scores = new ScoreBlock(features.Count, input.Stride, withShap: true);
        new BatchScorer(new EnsembleScorer(model), 0).Run(input, scores, explain: true);
        return new RealLeads(model, schema, features, input, scores, ids);
    }

    /// <summary>Rows of a reference CSV as name → text maps.</summary>
    public static List<Dictionary<string, string>> Reference(string file)
    {
        var lines = File.ReadAllLines(Fixtures.Path("reference", file));
        var header = lines[0].Split(',');
        return lines.Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(',').Select((v, i) => (header[i], v)).ToDictionary(p => p.Item1, p => p.v)).ToList();
    }

    public static float Float(string text) => float.Parse(text, CultureInfo.InvariantCulture);

    public static double Double(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}

/// <summary>Scores the fixtures once per test class (null when the fixtures are absent).</summary>
public sealed class RealModelsFixture
{
    private readonly Lazy<RealLeads?> r3 = new(() => Fixtures.Root is null ? null : RealLeads.Score("v4.1.0_r3"));
    private readonly Lazy<RealLeads?> v40 = new(() => Fixtures.Root is null ? null : RealLeads.Score("v4.0.0"));

    public RealLeads R3 => r3.Value ?? throw new InvalidOperationException(Fixtures.SkipReason);

    public RealLeads V40 => v40.Value ?? throw new InvalidOperationException(Fixtures.SkipReason);
}
