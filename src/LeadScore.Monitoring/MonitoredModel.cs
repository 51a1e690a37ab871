namespace LeadScore.Monitoring;

/// <summary>A model measured by the monitor.</summary>
/// <param name="Version">Its version.</param>
/// <param name="Role">"champion" or "shadow".</param>
public sealed record MonitoredModel(string Version, string Role);
