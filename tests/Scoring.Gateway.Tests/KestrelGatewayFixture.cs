namespace Scoring.Gateway.Tests;

/// <summary>The Gateway of <see cref="GatewayFixture"/> on a real Kestrel server on a loopback port, for what only a server checks (request limits).</summary>
public sealed class KestrelGatewayFixture() : GatewayFixture(onKestrel: true);
