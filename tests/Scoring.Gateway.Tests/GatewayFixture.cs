using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Scoring.Import;
using Scoring.Silo.Access;
using Scoring.Silo.Storage;
using Scoring.Silo.Years;

namespace Scoring.Gateway.Tests;

/// <summary>
/// The Gateway over a SQLite file of its own, with the sample year imported through the app's own services and
/// delivered to the grains of the silo the Gateway hosts in-process. Each test class that uses it gets its own store.
/// It serves through ASP.NET Core's in-memory test server unless it is <see cref="KestrelGatewayFixture"/>.
/// </summary>
public class GatewayFixture : IAsyncLifetime
{
    private readonly bool _onKestrel;
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"scoring-gateway-tests-{Guid.NewGuid():N}");
    private WebApplicationFactory<Program>? _host;
    private WebApplicationFactory<Program>? _factory;
    private HttpClient? _client;
    private byte[]? _signingKey;

    public GatewayFixture()
        : this(onKestrel: false)
    {
    }

    protected GatewayFixture(bool onKestrel) => _onKestrel = onKestrel;

    public string DatabasePath => Path.Combine(_root, "scoring.db");

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("The fixture has not started.");

    public HttpClient Client => _client ?? throw new InvalidOperationException("The fixture has not started.");

    public virtual async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        _host = new WebApplicationFactory<Program>();
        _factory = _host.WithWebHostBuilder(builder =>
            Configure(builder.UseSetting("ConnectionStrings:scoring", $"Data Source={DatabasePath}")));
        if (_onKestrel)
        {
            // A port of the system's choosing on loopback, named outright: the factory's own port 0 still left Kestrel on
            // its default, 5000, so two test projects on Kestrel at once (this one and the page's) fought over it.
            _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        }

        // The base address of the server the factory runs, in memory or on Kestrel's loopback port.
        Uri address;
        using (var plain = _factory.CreateClient())
        {
            address = plain.BaseAddress!;
        }

        _client = _factory.CreateDefaultClient(address, new RootOperatorTokens(unit => Token(unit, AccessRoles.Operator)));
        _signingKey = await _factory.Services.GetRequiredService<IScoringStore>().ReadSigningKeyAsync(TestContext.Current.CancellationToken);
        await ImportAsync(SampleYear.Write(Path.Combine(_root, "initial"), SampleYear.Assessments), SampleYear.Year, TestContext.Current.CancellationToken);
    }

    /// <summary>The root of a year's tree in the fixtures' years (the sample city; the nation of the national year).</summary>
    public static string RootOf(int? year) => year == NationalYear.Year ? "VN" : "HN";

    /// <summary>A token signed with the store's key, as the token command issues them.</summary>
    public string Token(string unit, string role, string? name = null, TimeSpan? lifetime = null, DateTime? issuedAt = null) =>
        AccessTokens.Issue(
            _signingKey ?? throw new InvalidOperationException("The fixture has not started."),
            unit,
            role,
            name ?? $"{role}@{unit}",
            lifetime ?? TimeSpan.FromHours(1),
            issuedAt);

    /// <summary>A client that sends no token unless a request names one.</summary>
    public HttpClient CreateClientWithoutToken() => Factory.CreateClient();

    /// <summary>Imports the sample year again with one unit's assessment row replaced, and delivers it.</summary>
    public Task ReassessAsync(string unit, string row, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(_root, $"reassessed-{Guid.NewGuid():N}");
        return ImportAsync(SampleYear.Write(folder, SampleYear.AssessmentsWith(unit, row)), SampleYear.Year, cancellationToken);
    }

    /// <summary>Imports the sample year again with another tree, and delivers it.</summary>
    public Task ReimportAsync(IReadOnlyList<string> units, IReadOnlyList<string> assessments, IReadOnlyList<string> members, CancellationToken cancellationToken) =>
        ImportAsync(SampleYear.Write(Path.Combine(_root, $"reimported-{Guid.NewGuid():N}"), units, assessments, members), cancellationToken);

    /// <summary>GETs a path that must answer 200 with JSON, and returns the parsed body.</summary>
    public async Task<JsonElement> GetJsonAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        // The store pools its connections; release the file before deleting it.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Settings of a fixture's own, beside the store's.</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    /// <summary>A new folder of this fixture's own, for a year's files.</summary>
    protected string NewFolder(string name) => Path.Combine(_root, $"{name}-{Guid.NewGuid():N}");

    /// <summary>A folder of the fixture's own, deleted with it, to write a year's files into.</summary>
    public string Folder(string name) => Path.Combine(_root, name);

    /// <summary>Delivers a folder through the silo the Gateway hosts, as an import does (the sample's year unless told).</summary>
    protected Task ImportAsync(string folder, CancellationToken cancellationToken, int year = SampleYear.Year) =>
        ImportAsync(folder, year, cancellationToken);

    /// <summary>Delivers a folder of <paramref name="year"/> through the silo the Gateway hosts, as an import does.</summary>
    public async Task ImportAsync(string folder, int year, CancellationToken cancellationToken)
    {
        var run = Factory.Services.GetRequiredService<YearRun>();
        var read = YearImporter.ReadFolder(folder, year);
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        var outcome = await run.DeliverAsync(await run.CheckTreeAsync(read.Import!, cancellationToken), leaves: null, progress: null, cancellationToken);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Errors));
        Assert.Empty(outcome.Refused);
    }
}
