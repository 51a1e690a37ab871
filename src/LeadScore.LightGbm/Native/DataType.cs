namespace LeadScore.LightGbm.Native;

/// <summary>Mirrors the C_API_DTYPE_* defines of c_api.h.</summary>
internal enum DataType
{
    Float32 = 0,
    Float64 = 1,
    Int32 = 2,
    Int64 = 3,
}
