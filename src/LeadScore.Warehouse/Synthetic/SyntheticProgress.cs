namespace LeadScore.Warehouse.Synthetic;

/// <summary>How far a synthetic fill is: the stage ("careers", "contacts", …) and its done/total units.</summary>
public readonly record struct SyntheticProgress(string Stage, long Done, long Total);
