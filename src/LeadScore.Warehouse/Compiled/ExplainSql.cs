using System.Text;
using LeadScore.Engine.Model;
using LeadScore.Warehouse.Dialects;

namespace LeadScore.Warehouse.Compiled;

/// <summary>
/// The SQL of <c>--explain</c>, for models whose trees all have depth ≤ 2: each tree's outcome as a code column
/// <c>c{t}</c> (its split tests written as <see cref="TreeSql"/> writes them; the tree's output is looked up by it
/// too), each feature's SHAP value summed over
/// the trees that split on it as <c>shap{j}</c> (a lookup of the tree's tabulated contribution by code, float32 in
/// tree order as the engine adds them), and the top <see cref="Reasons"/> picked per row by the dialect.
/// </summary>
internal sealed class ExplainSql
{
    public const int Reasons = 3;

    private readonly string?[] code;
    private readonly string[] output;
    private readonly (int Feature, string Term)[][] terms;
    private readonly int[] shapFeatures;
    private readonly SqlDialect dialect;

    private ExplainSql(string?[] code, string[] output, (int, string)[][] terms, int[] shapFeatures, SqlDialect dialect)
    {
        this.code = code;
        this.output = output;
        this.terms = terms;
        this.shapFeatures = shapFeatures;
        this.dialect = dialect;
    }

    /// <summary>The explanation of <paramref name="model"/>; refuses a tree deeper than two splits.</summary>
    public static ExplainSql For(TreeEnsemble model, IReadOnlyList<string> features, SqlDialect dialect)
    {
        for (int t = 0; t < model.Trees.Count; t++)
            if (model.Trees[t].Depth > TreeOutcomes.MaxDepth)
                throw WarehouseException.ExplainTooDeep(model.Source, t, model.Trees[t].Depth, TreeOutcomes.MaxDepth, Reasons);
        var code = new string?[model.Trees.Count];
        var output = new string[model.Trees.Count];
        var terms = new (int, string)[model.Trees.Count][];
        for (int t = 0; t < model.Trees.Count; t++)
        {
            var tree = model.Trees[t];
            var outcomes = TreeOutcomes.Of(model, tree);
            var bits = outcomes.SlotNode.Select((node, k) => node < 0 ? null
                : $"CASE WHEN {TreeSql.GoesLeft(tree, node, features, dialect)} THEN {1 << k} ELSE 0 END").OfType<string>().ToArray();
            code[t] = bits.Length == 0 ? null : $"({string.Join(" + ", bits)})";
            output[t] = Lookup(outcomes.LeafByCode, outcomes.Codes, $"c{t}", dialect, keepZero: true)!;
            terms[t] = outcomes.Contributions
                .Select(c => (c.Feature, Term: Lookup(c.ByCode, outcomes.Codes, $"c{t}", dialect, keepZero: false)))
                .Where(c => c.Term is not null).Select(c => (c.Feature, c.Term!)).ToArray();
        }
        var shapFeatures = terms.SelectMany(t => t.Select(x => x.Item1)).Distinct().Order().ToArray();
        return new ExplainSql(code, output, terms, shapFeatures, dialect);
    }

    /// <summary>
    /// Tree <paramref name="t"/>'s output for the margin, looked up by its code as the SHAP values are: the same float32
    /// leaves as <see cref="TreeSql"/>'s nested CASEs, at a fraction of their length and time.
    /// </summary>
    public string Output(int t) => output[t];

    /// <summary>The SHAP columns a stage carries, for a column list (empty, or starting with a comma).</summary>
    public string Carried => string.Concat(shapFeatures.Select(j => $", shap{j}"));

    /// <summary>The bytes tree <paramref name="t"/> adds to a stage besides its output: its code column and its lookups.</summary>
    public long Bytes(int t) =>
        Encoding.UTF8.GetByteCount(CodeColumn(t)) + terms[t].Sum(x => Encoding.UTF8.GetByteCount(Added(x.Term, t)) + Encoding.UTF8.GetByteCount(Plus));

    /// <summary>At most the bytes a stage adds besides its trees: its codes CTE and each SHAP column's start and name.</summary>
    public long StageBytes => 96 + 64L * shapFeatures.Length;

    /// <summary>A CTE adding the code column of each of the stage's trees to the rows of <paramref name="from"/>.</summary>
    public string Codes(string name, string from, IEnumerable<int> stage) =>
        $"{dialect.Cte(name)}\n  SELECT *{string.Concat(stage.Where(t => code[t] is not null).Select(CodeColumn))}\n  FROM {from}\n)";

    /// <summary>
    /// The SHAP columns after the stage's trees (each line starting with a comma): the stage's lookups added in tree
    /// order to the previous stage's sums, or, in the first stage, starting from the first lookup (0 where none).
    /// </summary>
    public string Sums(IReadOnlyList<int> stage, bool first)
    {
        var sums = new StringBuilder();
        foreach (var j in shapFeatures)
        {
            var added = stage.SelectMany(t => terms[t].Where(x => x.Feature == j).Select(x => Added(x.Term, t))).ToList();
            var start = first ? (added.Count > 0 ? null : dialect.AsFloat32(dialect.Double(0))) : $"shap{j}";
            var all = start is null ? added : added.Prepend(start);
            sums.Append($",\n    {string.Join(Plus, all)}\n    AS shap{j}");
        }
        return sums.ToString();
    }

    private const string Plus = "\n      + ";

    private string CodeColumn(int t) => code[t] is null ? "" : $",\n    {code[t]} AS c{t}";

    private static string Added(string term, int t) => $"{term} -- tree {t}";

    /// <summary>The query that adds the reason columns to <paramref name="keep"/> of <paramref name="from"/>.</summary>
    public string Select(string from, IReadOnlyList<string> keep, IReadOnlyList<string> featureNames, IReadOnlyList<string> features) =>
        dialect.SelectTopReasons(from, keep,
            shapFeatures.Select(j => new SqlDialect.ReasonCandidate(dialect.Text(featureNames[j]), dialect.Float32Value(features[j]), $"shap{j}")).ToArray(),
            Reasons);

    /// <summary>The reason columns in output order.</summary>
    public static IEnumerable<string> Columns => Enumerable.Range(1, Reasons)
        .SelectMany(r => new[] { "feature", "value", "contribution" }.Select(part => SqlDialect.ReasonColumn(r, part)));

    // A value by code as a float32 expression of the code column: a constant when it is the same for every code a row
    // can reach (a zero contribution is left out: null), else the element of a list by code (0 where no row can reach).
    private static string? Lookup(float[] byCode, int[] codes, string column, SqlDialect d, bool keepZero)
    {
        // A contribution's -0 is 0 here: adding either leaves every sum whose size the reasons compare as it is.
        float At(int code) => byCode[code] == 0 && !keepZero ? 0f : byCode[code];
        var values = codes.Select(At).DistinctBy(BitConverter.SingleToInt32Bits).ToArray();
        if (values.Length == 1 && values[0] == 0 && !keepZero) return null;
        if (values.Length == 1) return d.AsFloat32(d.Float32Literal(values[0]));
        var list = Enumerable.Range(0, codes[^1] + 1).Select(c => codes.Contains(c) ? d.Float32Literal(At(c)) : d.Double(0)).ToArray();
        return d.AsFloat32(d.Element(list, column));
    }
}
