namespace Scoring.Gateway;

/// <summary>How the Gateway runs.</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>
    /// Whether this process also runs a silo, as in the embedded default; a cluster's Gateway leaves the turns to
    /// separate silo processes.
    /// </summary>
    public bool HostSilo { get; set; } = true;
}
