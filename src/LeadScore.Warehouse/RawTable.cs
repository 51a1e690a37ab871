namespace LeadScore.Warehouse;

/// <summary>A column of a warehouse table: its name, DuckDB type and whether it may be NULL.</summary>
public sealed record TableColumn(string Name, string Type, bool Nullable);

/// <summary>A raw table: its qualified name, columns in order and the columns of its primary key.</summary>
public sealed record RawTable(string Name, IReadOnlyList<TableColumn> Columns, IReadOnlyList<string> Key)
{
    public string Qualified => $"raw.{Name}";
}
