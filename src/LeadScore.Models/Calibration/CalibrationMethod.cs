namespace LeadScore.Models.Calibration;

/// <summary>How raw scores become conversion probabilities: not at all, isotonic regression, or Platt scaling.</summary>
public enum CalibrationMethod
{
    None,
    Isotonic,
    Platt,
}
