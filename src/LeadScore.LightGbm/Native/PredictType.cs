namespace LeadScore.LightGbm.Native;

/// <summary>Mirrors the C_API_PREDICT_* defines of c_api.h.</summary>
internal enum PredictType
{
    /// <summary>Prediction after the objective's transform (sigmoid for binary).</summary>
    Normal = 0,

    /// <summary>Sum of leaf values before any transform.</summary>
    RawScore = 1,

    /// <summary>Index of the leaf reached in every tree.</summary>
    LeafIndex = 2,

    /// <summary>SHAP feature contributions plus the expected value.</summary>
    Contrib = 3,
}
