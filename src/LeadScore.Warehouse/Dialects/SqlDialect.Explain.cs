namespace LeadScore.Warehouse.Dialects;

public abstract partial class SqlDialect
{
    /// <summary>
    /// One feature that may be a row's reason: its name (a text literal), its value and its contribution (SQL over one
    /// row). Candidates are listed in feature order, so an earlier one wins a tie.
    /// </summary>
    internal readonly record struct ReasonCandidate(string Feature, string Value, string Contribution);

    /// <summary>
    /// A DOUBLE as the engine reads it: rounded to float32, ±infinity beyond float32's range and 0 below its smallest
    /// value (where a cast would fail: DuckDB refuses overflow, PostgreSQL overflow and underflow); NULL stays NULL.
    /// Unchanged where the engine has no float32.
    /// </summary>
    public string Float32Value(string x)
    {
        if (Float32Type is null) return x;
        var overflow = Compiled.Float32Split.For(float.PositiveInfinity).Bound;
        return $"CASE WHEN {x} >= {Double(overflow)} THEN {Double(double.PositiveInfinity)} " +
               $"WHEN {x} <= {Double(-overflow)} THEN {Double(double.NegativeInfinity)} " +
               $"WHEN abs({x}) <= {Double(Math.ScaleB(1.0, -150))} THEN {Double(0)} " + // half the least float32: rounds to 0
               $"ELSE {AsDouble(AsFloat32(x))} END";
    }

    /// <summary>
    /// A literal that <see cref="AsFloat32"/> turns into exactly <paramref name="value"/>: the shortest decimal that
    /// rounds back to it through a double (checked here, as the engine reads literals), else the exact double. Where
    /// the engine has no float32 the exact double, since nothing rounds it.
    /// </summary>
    public string Float32Literal(float value)
    {
        if (Float32Type is null || !float.IsFinite(value)) return Double(value);
        var text = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var shortest = text.Contains('E', StringComparison.Ordinal) ? text.Replace("E+", "e", StringComparison.Ordinal).Replace('E', 'e') : text + "e0";
        var back = (float)double.Parse(shortest, System.Globalization.CultureInfo.InvariantCulture);
        return BitConverter.SingleToInt32Bits(back) == BitConverter.SingleToInt32Bits(value) ? shortest : Double(value);
    }

    /// <summary>
    /// The element at a 0-based integer <paramref name="index"/> of a list of DOUBLE literals: an array lookup, which
    /// DuckDB runs about twice as fast as a CASE on the index.
    /// </summary>
    public abstract string Element(IReadOnlyList<string> values, string index);

    /// <summary>
    /// A query over <paramref name="from"/> returning its <paramref name="keep"/> columns, then for r = 1..k
    /// <c>reason{r}_feature</c>, <c>reason{r}_value</c> and <c>reason{r}_contribution</c> (a DOUBLE): the candidates with
    /// the k largest |contribution|, an earlier candidate first among equals, a zero contribution never a reason
    /// (NULLs where a row has fewer than r non-zero ones), as the engine's <c>ReasonCodes.TopK</c> picks them.
    /// </summary>
    internal string SelectTopReasons(string from, IReadOnlyList<string> keep, IReadOnlyList<ReasonCandidate> candidates, int k)
    {
        if (candidates.Count > 0) return TopReasons(from, string.Join(", ", keep), candidates, k);
        var none = Enumerable.Range(1, k).Select(r =>
            $"CAST(NULL AS {TextType}) AS {ReasonColumn(r, "feature")}, CAST(NULL AS {DoubleType}) AS {ReasonColumn(r, "value")}, " +
            $"CAST(NULL AS {DoubleType}) AS {ReasonColumn(r, "contribution")}");
        return $"SELECT {string.Join(", ", keep)}, {string.Join(", ", none)}\n  FROM {from}";
    }

    /// <summary><see cref="SelectTopReasons"/> for at least one candidate; <paramref name="keep"/> is a column list.</summary>
    private protected abstract string TopReasons(string from, string keep, IReadOnlyList<ReasonCandidate> candidates, int k);

    /// <summary>The name of reason <paramref name="rank"/>'s <paramref name="part"/> column (feature, value, contribution).</summary>
    public static string ReasonColumn(int rank, string part) => $"reason{rank}_{part}";
}
