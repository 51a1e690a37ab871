namespace LeadScore.Lists.Rules;

/// <summary>The SQL type of a rule input: a whole number, a real number, or a flag.</summary>
public enum InputKind
{
    Integer,
    Double,
    Boolean,
}
