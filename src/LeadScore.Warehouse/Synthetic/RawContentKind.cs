namespace LeadScore.Warehouse.Synthetic;

/// <summary>What the raw tables hold before a synthetic fill.</summary>
public enum RawContentKind
{
    /// <summary>Every raw table is empty.</summary>
    Empty,

    /// <summary>Exactly what the last synthetic run wrote (per synth.run_tables): a fill replaces it.</summary>
    Synthetic,

    /// <summary>Rows the generator did not write (imported data, or a synthetic run changed since): a fill must not touch them.</summary>
    Other,
}
