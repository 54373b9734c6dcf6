namespace Scoring.Gateway.Tests;

/// <summary>The request edges through ASP.NET Core's in-memory test server: the Gateway's own checks alone.</summary>
public sealed class RequestEdgeInMemoryTests(GatewayFixture gateway) : RequestEdgeTests(gateway), IClassFixture<GatewayFixture>;
