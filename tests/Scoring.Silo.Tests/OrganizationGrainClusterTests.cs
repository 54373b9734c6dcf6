using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.Runtime.Hosting;
using Orleans.TestingHost;
using Scoring.GrainInterfaces;
using Scoring.Grains;
using Scoring.Silo.Runtime;
using Scoring.Silo.Storage;
using Scoring.Silo.Storage.Sqlite;

namespace Scoring.Silo.Tests;

/// <summary>
/// The organization grains in a two-silo Orleans test cluster over one SQLite file, with the grain storage wired
/// as <see cref="SiloHostingExtensions.AddScoringSilo"/> wires it. Each test works on units of its own.
/// </summary>
public sealed class OrganizationGrainClusterTests : IClassFixture<OrganizationClusterFixture>
{
    private const int Year = 2024;

    /// <summary>R2023 grades that meet HTXSNV on their own: the key criterion (tasks) XS, the others T, no flag.</summary>
    private static readonly Assessment Excellent = new()
    {
        Politics = Grade.T,
        Organization = Grade.T,
        Tasks = Grade.XS,
        Oversight = Grade.T,
        LeadershipDisciplined = false,
        AffiliatesDisciplined = 0,
        Disunity = false,
        TargetsMetPercent = 90m,
    };

    private readonly OrganizationClusterFixture _cluster;

    public OrganizationGrainClusterTests(OrganizationClusterFixture cluster)
    {
        _cluster = cluster;
        TestContext.Current.TestOutputHelper?.WriteLine($"The test cluster (2 silos and a client) started in {cluster.StartTime.TotalSeconds:0.00} s.");
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private IOrganizationGrain Grain(string unit) =>
        _cluster.Client.GetGrain<IOrganizationGrain>(OrganizationKey.Of(Year, new UnitId(unit)));

    /// <summary>A unit's placement, with a version-0 pending placeholder for each of its child cells.</summary>
    private static UnitPlaced Placed(string unit, string parent, UnitKind kind, int depth, params string[] cells) =>
        new(
            Year,
            new UnitRecord(new UnitId(unit), new UnitId(parent), kind, $"Unit {unit}"),
            depth,
            cells.Select(c => new ChildReport(new UnitId(c), UnitKind.Cell, 0, Level.Pending, null, KindTallies.Empty, MemberTally.Empty)).ToArray());

    /// <summary>A cell's first delivery: its placement and its assessment. An array: Orleans has no codec for collection-expression types.</summary>
    private async Task<StoredOrganization?> StoredAsync(string unit) =>
        (await _cluster.Store.ReadOrganizationsAsync(Year, [unit], Token)).SingleOrDefault();

    private static GrainMessage[] CellMail(string cell, string parent) =>
        new GrainMessage[] { Placed(cell, parent, UnitKind.Cell, 3), new AssessmentSubmitted(Excellent) };

    [Fact]
    public async Task A_grain_s_turn_is_persisted_before_it_answers()
    {
        var outcome = await Grain("P-C1").TurnAsync(CellMail("P-C1", "P-G1"));

        var stored = await StoredAsync("P-C1");
        Assert.NotNull(stored);
        Assert.Equal(1, stored.ETag);
        var state = stored.State;
        Assert.Equal(
            (Year, new UnitId("P-C1"), UnitKind.Cell, "Unit P-C1", (UnitId?)new UnitId("P-G1"), 3, 1L),
            (state.Year, state.Unit, state.Kind, state.Name, state.Parent, state.Depth, state.Version));
        Assert.Equal(Excellent, state.Assessment);
        Assert.Empty(state.Children);
        Assert.True(outcome.Changed);
        Assert.Equal((new UnitId("P-C1"), 1L, Level.Htxsnv), (outcome.Report.Child, outcome.Report.Version, outcome.Report.Level));
    }

    [Fact]
    public async Task The_summary_a_grain_serves_after_its_turn_is_the_one_it_stored()
    {
        var grain = Grain("S-C1");
        await grain.TurnAsync(CellMail("S-C1", "S-G1"));

        var summary = await grain.GetSummaryAsync();

        Assert.NotNull(summary);
        Assert.Equal((1L, Level.Htxsnv), (summary.Version, summary.Level));
        Assert.Equal("OWN_INPUTS", Assert.Single(summary.Reasons).Code);
        var stored = await StoredAsync("S-C1");
        Assert.NotNull(stored);
        Assert.Equal(summary.Version, stored.State.Version);
    }

    [Fact]
    public async Task Reading_a_unit_that_was_never_placed_answers_null_for_its_summary_and_its_children()
    {
        var grain = Grain("N-NEVER");

        var summary = await grain.GetSummaryAsync();
        var children = await grain.GetChildrenAsync();

        Assert.Null(summary);
        Assert.Null(children);
        Assert.Null(await StoredAsync("N-NEVER"));
    }

    [Fact]
    public async Task Mail_for_a_unit_that_was_never_placed_is_refused_and_nothing_is_stored()
    {
        var grain = Grain("M-C1");

        var error = await Assert.ThrowsAsync<UnitRefusedException>(
            () => grain.TurnAsync(new GrainMessage[] { new AssessmentSubmitted(Excellent) }));

        Assert.Contains("before its placement", error.Message, StringComparison.Ordinal);
        Assert.Null(await StoredAsync("M-C1"));
        Assert.Null(await grain.GetSummaryAsync());
    }

    [Fact]
    public async Task A_deactivated_grain_called_again_serves_the_same_summary_from_the_store()
    {
        var grain = Grain("D-G1");
        await grain.TurnAsync(new GrainMessage[]
        {
            Placed("D-G1", "D-Q1", UnitKind.Grassroots, 2, "D-C1", "D-C2"),
            new AssessmentSubmitted(Excellent),
        });
        var before = await grain.GetSummaryAsync();
        Assert.NotNull(before);

        await DeactivateAsync(grain);
        var after = await grain.GetSummaryAsync();

        Assert.True(_cluster.Cluster.TryGetGrainContext(grain.GetGrainId(), out _), "The grain was not activated again.");
        Assert.NotNull(after);
        Assert.True(before.HasSameFiguresAs(after), string.Join("; ", before.Differences(after)));
        Assert.Equal((1L, Level.Htxsnv), (after.Version, after.Level));
        Assert.Equal(before.Reasons.Select(r => r.Code), after.Reasons.Select(r => r.Code));
        Assert.Equal(2, after.Direct.Cell.Pending);
        Assert.Equal([new ChildVersion(new UnitId("D-C1"), 0), new ChildVersion(new UnitId("D-C2"), 0)], (await grain.GetChildrenAsync())!);
    }

    [Fact]
    public async Task Two_turns_of_the_same_mail_leave_the_etag_at_the_first_write_s()
    {
        var grain = Grain("E-C1");
        var mail = CellMail("E-C1", "E-G1");
        var first = await grain.TurnAsync(mail);
        var afterFirst = await StoredAsync("E-C1");

        var second = await grain.TurnAsync(mail);
        var afterSecond = await StoredAsync("E-C1");

        Assert.NotNull(afterFirst);
        Assert.NotNull(afterSecond);
        Assert.Equal(1, afterFirst.ETag);
        Assert.Equal(afterFirst.ETag, afterSecond.ETag);
        Assert.Equal(1, afterSecond.State.Version);
        Assert.True(first.Changed);
        Assert.False(second.Changed);
        Assert.Equal(first.Report, second.Report);
    }

    [Fact]
    public async Task A_unit_below_the_districts_leaves_memory_after_its_turn_and_the_same_mail_again_writes_nothing()
    {
        // The state now comes back from the store's JSON: equal inputs must still compare equal.
        var grain = Grain("R-C1");
        var mail = CellMail("R-C1", "R-G1");
        var first = await grain.TurnAsync(mail);
        await GoneAsync(grain);

        var again = await grain.TurnAsync(mail);

        var stored = await StoredAsync("R-C1");
        Assert.NotNull(stored);
        Assert.Equal((1L, 1L), (stored.ETag, stored.State.Version));
        Assert.False(again.Changed);
        Assert.Equal(first.Report, again.Report);
    }

    [Fact]
    public async Task GetChildrenAsync_lists_the_children_in_ordinal_order_with_the_versions_the_unit_holds()
    {
        var grain = Grain("O-G1");
        await grain.TurnAsync(new GrainMessage[] { Placed("O-G1", "O-Q1", UnitKind.Grassroots, 2, "O-C2", "O-C10", "O-C1", "O-B7") });

        var children = await grain.GetChildrenAsync();

        string[] ordinal = ["O-B7", "O-C1", "O-C10", "O-C2"];
        Assert.NotNull(children);
        Assert.Equal(ordinal, children.Select(c => c.Unit.Value));
        Assert.All(children, c => Assert.Equal(0, c.Version));
    }

    [Fact]
    public async Task A_small_tree_rolls_the_cells_reports_up_into_their_parent()
    {
        var parent = Grain("T-G1");
        var placed = await parent.TurnAsync(new GrainMessage[]
        {
            Placed("T-G1", "T-Q1", UnitKind.Grassroots, 2, "T-C1", "T-C2"),
            new AssessmentSubmitted(Excellent),
        });
        var c1 = await Grain("T-C1").TurnAsync(CellMail("T-C1", "T-G1"));
        var c2 = await Grain("T-C2").TurnAsync(CellMail("T-C2", "T-G1"));

        var rolled = await parent.TurnAsync(new GrainMessage[] { new ChildReported(c1.Report), new ChildReported(c2.Report) });

        Assert.Equal(Level.Htxsnv, placed.Report.Level);
        Assert.Equal(2, placed.Report.Subtree.Cell.Pending);
        Assert.True(rolled.Changed);
        Assert.Equal(2, rolled.Report.Version);
        Assert.Equal(Level.Htxsnv, rolled.Report.Level);
        Assert.Equal(KindTallies.Empty.Add(UnitKind.Cell, Level.Htxsnv, 2), rolled.Report.Subtree);
        var summary = await parent.GetSummaryAsync();
        Assert.NotNull(summary);
        Assert.Equal("OWN_INPUTS", Assert.Single(summary.Reasons).Code);
        var stored = await StoredAsync("T-G1");
        Assert.NotNull(stored);
        Assert.Equal((2L, 2L), (stored.ETag, stored.State.Version));
        Assert.Equal(new[] { c1.Report, c2.Report }, stored.State.Children);
    }

    [Fact]
    public async Task A_unit_down_to_the_districts_stays_active_after_its_turn()
    {
        var grain = Grain("K-Q1");
        await grain.TurnAsync(new GrainMessage[] { Placed("K-Q1", "K-HN", UnitKind.Upper, OrganizationGrain.KeptActiveDepth, "K-G1") });
        var cell = Grain("K-C1");
        await cell.TurnAsync(CellMail("K-C1", "K-G1"));
        await GoneAsync(cell);

        Assert.True(_cluster.Cluster.TryGetGrainContext(grain.GetGrainId(), out _), "The district left memory.");
    }

    /// <summary>Waits for a grain that deactivates itself to be gone from its silo.</summary>
    private async Task GoneAsync(IOrganizationGrain grain)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (_cluster.Cluster.TryGetGrainContext(grain.GetGrainId(), out _))
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    /// <summary>Collects every idle activation in the cluster, as the silos do after their idle time, and waits for this one to go.</summary>
    private async Task DeactivateAsync(IOrganizationGrain grain)
    {
        Assert.True(_cluster.Cluster.TryGetGrainContext(grain.GetGrainId(), out _), "The grain is not active.");
        var deactivated = _cluster.Cluster.WaitForDeactivationAsync(grain);

        await _cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        await deactivated.WaitAsync(TimeSpan.FromSeconds(30), Token);
        Assert.False(_cluster.Cluster.TryGetGrainContext(grain.GetGrainId(), out _), "The grain is still active.");
    }
}

/// <summary>
/// One two-silo <see cref="InProcessTestCluster"/> for a test class, over a SQLite file migrated before the silos
/// start, in a temporary folder that goes with the fixture.
/// </summary>
public sealed class OrganizationClusterFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "scoring-tests", $"cluster-{Guid.NewGuid():N}");
    private InProcessTestCluster? _cluster;
    private SqliteScoringStore? _store;

    /// <summary>How long the silos and the client took to start.</summary>
    public TimeSpan StartTime { get; private set; }

    public InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster has not started.");

    public IClusterClient Client => Cluster.Client;

    /// <summary>The store the silos write to, opened apart from theirs, as another process would.</summary>
    public IScoringStore Store => _store ?? throw new InvalidOperationException("The cluster has not started.");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var connectionString = $"Data Source={Path.Combine(_folder, "scoring.db")}";
        _store = new SqliteScoringStore(connectionString);
        await _store.MigrateAsync(TestContext.Current.CancellationToken);

        var builder = new InProcessTestClusterBuilder(initialSilosCount: 2);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            // The grain storage part of SiloHostingExtensions.AddScoringSilo, on a store of each silo's own.
            silo.Services.AddMetrics();
            silo.Services.AddSingleton<IScoringStore>(new SqliteScoringStore(connectionString));
            silo.Services.AddSingleton<SiloTelemetry>();
            silo.Services.AddSingleton<OrganizationGrainStorage>();
            silo.Services.AddGrainStorage(OrganizationGrain.StorageName, (services, _) => services.GetRequiredService<OrganizationGrainStorage>());
        });

        var started = Stopwatch.GetTimestamp();
        _cluster = builder.Build();
        await _cluster.DeployAsync();
        StartTime = Stopwatch.GetElapsedTime(started);
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
