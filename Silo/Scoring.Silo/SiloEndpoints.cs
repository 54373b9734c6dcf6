using System.Net;

namespace Scoring.Silo;

/// <summary>Where a cluster silo listens: the address it advertises, its silo-to-silo port and its port for clients.</summary>
public sealed record SiloEndpoints(IPAddress Address, int SiloPort, int GatewayPort);
