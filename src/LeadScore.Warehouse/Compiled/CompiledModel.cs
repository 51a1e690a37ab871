namespace LeadScore.Warehouse.Compiled;

/// <summary>
/// A model compiled to SQL: the statements to run in order. The last is the query returning the id column,
/// <c>margin</c>, <c>probability</c> (and <c>calibrated_probability</c>); any before it create the stage tables a
/// query too long for the dialect is split through. <see cref="Trees"/> and <see cref="Stages"/> describe the sum.
/// </summary>
public sealed record CompiledModel(string Dialect, IReadOnlyList<string> Statements, int Trees, int Stages, bool Calibrated)
{
    /// <summary>The query that returns the scores (after any staging statements).</summary>
    public string Query => Statements[^1];

    /// <summary>UTF-8 bytes of the longest statement (what the engine's length limit applies to).</summary>
    public long LongestStatementBytes => Statements.Max(s => (long)System.Text.Encoding.UTF8.GetByteCount(s));

    /// <summary>UTF-8 bytes of all statements.</summary>
    public long TotalBytes => Statements.Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s));

    /// <summary>Every statement, each ended by a semicolon, as one script (for engines that take several at once).</summary>
    public string Script => string.Join("\n\n", Statements.Select(s => s.TrimEnd() + ";")) + "\n";
}
