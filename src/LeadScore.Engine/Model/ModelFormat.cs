namespace LeadScore.Engine.Model;

/// <summary>The file format a model was read from.</summary>
public enum ModelFormat
{
    XGBoostJson,
    LightGbmText,
}
