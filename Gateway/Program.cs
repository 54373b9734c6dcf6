using Scoring.Gateway;

var builder = WebApplication.CreateBuilder(args);
builder.AddScoringGateway();

var app = builder.Build();
app.MapScoringGateway();
app.Run();

/// <summary>The entry point, visible to the integration tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
