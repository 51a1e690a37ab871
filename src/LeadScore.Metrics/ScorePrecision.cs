namespace LeadScore.Metrics;

/// <summary>
/// The floating-point type numpy held the scores in. It matters only for quantile interpolation:
/// numpy computes the bracket difference <c>b - a</c> in the array's own type before widening.
/// </summary>
public enum ScorePrecision
{
    /// <summary>Scores were float64 (numpy <c>float64</c>); all arithmetic is double.</summary>
    Double,

    /// <summary>
    /// Scores are float32 values widened to double (numpy <c>float32</c>, e.g. xgboost predictions
    /// kept as float32 by pandas); <c>b - a</c> is rounded to float32 exactly as numpy does.
    /// </summary>
    Single,
}
