namespace LeadScore.Warehouse.Dialects;

/// <summary>The calendar part a date difference counts or a date subtraction steps by.</summary>
public enum DateUnit
{
    Day,
    Month,
    Year,
}
