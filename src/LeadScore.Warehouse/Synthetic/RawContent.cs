namespace LeadScore.Warehouse.Synthetic;

/// <summary>The result of <see cref="SyntheticWarehouse.Inspect"/>; for <see cref="RawContentKind.Other"/>, the first table that differs.</summary>
public sealed record RawContent(RawContentKind Kind, string? Table = null, long Rows = 0)
{
    public bool CanFill => Kind != RawContentKind.Other;
}
