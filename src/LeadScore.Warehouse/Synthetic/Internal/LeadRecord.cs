namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>One Salesforce lead as generated, with the latent state and outcome the oracle keeps.</summary>
internal sealed class LeadRecord
{
    public required string Id { get; init; }

    /// <summary>Index of the advisor in the <see cref="AdvisorBook"/>, or -1 when the lead carries no CRD.</summary>
    public int Advisor { get; init; } = -1;

    public string? CrdText { get; set; }

    /// <summary>Day of first contact, or <see cref="Spell.Null"/> for a lead never contacted.</summary>
    public int ContactDay { get; set; } = Spell.Null;

    public DateTime? Contacted { get; set; }

    public DateTime? CallScheduled { get; set; }

    public DateTime Created { get; set; }

    public required string Source { get; init; }

    public string? Company { get; set; }

    public string? Email { get; set; }

    public string? LinkedIn { get; set; }

    public bool Deleted { get; init; }

    public string Owner { get; set; } = "";

    /// <summary>Lead status: open (Open, Contacted, Nurture, Qualified) or one of the closed statuses of spec §5.2 D.</summary>
    public string? Status { get; set; }

    public bool DoNotCall { get; set; }

    /// <summary>Why a closed lead was closed (NULL on open leads).</summary>
    public string? Disposition { get; set; }

    /// <summary>A second or third lead row for an advisor who already has one (never contacted, so never labelled).</summary>
    public bool Duplicate { get; init; }

    /// <summary>In the labelled population of spec §1.7 (list source, contacted in the window, CRD set, not staff).</summary>
    public bool Labelled { get; init; }

    public bool HasLatent { get; set; }

    public LatentState Latent { get; set; }

    public double Effects { get; set; }

    public double Probability { get; set; }

    public bool Converted { get; set; }

    /// <summary>Day the advisor moved firm after the contact (<see cref="Spell.Null"/> if not).</summary>
    public int MoveDay { get; set; } = Spell.Null;

    public bool Recruited { get; set; }

    /// <summary>The rep added the email after the lead engaged (the Salesforce field no longer shows the contact-day state).</summary>
    public bool EmailAddedAfter { get; set; }
}
