using Scoring.GrainInterfaces;
using Scoring.Grains;
using Scoring.Silo.Storage;

namespace Scoring.Silo.Tests;

/// <summary>A year's units by id, parent, kind and name, read from both stores without their states.</summary>
public sealed class UnitListStoreTests(PostgresServer server) : IAsyncDisposable
{
    private readonly BothStores _stores = new(server, "units");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string> Stores => BothStores.Kinds;

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_year_s_units_come_root_first_then_by_depth_and_id_with_their_kinds_and_names(string kind)
    {
        var store = await OpenAsync(kind);
        await store.WriteOrganizationsAsync(
            [
                Write("HN-Q01-G2", UnitKind.Grassroots, "Đảng bộ phường Đông", "HN-Q01", 2),
                Write("HN-Q01", UnitKind.Upper, "Quận 1", "HN", 1),
                // The city is the first kind and the root has no parent: the stored state leaves both out.
                Write("HN", UnitKind.City, "Hà Nội", null, 0),
                Write("HN-Q01-G1", UnitKind.Grassroots, "Chi bộ cơ sở Công ty A", "HN-Q01", 2),
                Write("HN-Q01-G1-C1", UnitKind.Cell, "Chi bộ 1", "HN-Q01-G1", 3),
                Write("OTHER", UnitKind.City, "Another year's", null, 0, year: 2023),
            ],
            Cancel);

        var units = await store.ListUnitsAsync(2024, Cancel);

        Assert.Equal(
            [
                new UnitRecord(new UnitId("HN"), null, UnitKind.City, "Hà Nội"),
                new UnitRecord(new UnitId("HN-Q01"), new UnitId("HN"), UnitKind.Upper, "Quận 1"),
                new UnitRecord(new UnitId("HN-Q01-G1"), new UnitId("HN-Q01"), UnitKind.Grassroots, "Chi bộ cơ sở Công ty A"),
                new UnitRecord(new UnitId("HN-Q01-G2"), new UnitId("HN-Q01"), UnitKind.Grassroots, "Đảng bộ phường Đông"),
                new UnitRecord(new UnitId("HN-Q01-G1-C1"), new UnitId("HN-Q01-G1"), UnitKind.Cell, "Chi bộ 1"),
            ],
            units);
        Assert.Empty(await store.ListUnitsAsync(2022, Cancel));
    }

    public ValueTask DisposeAsync() => _stores.DisposeAsync();

    private static OrganizationWrite Write(string unit, UnitKind kind, string name, string? parent, int depth, int year = 2024) =>
        new(new OrganizationState(year, new UnitId(unit), kind, name, parent is null ? null : new UnitId(parent), depth, 1, null, null, []), null);

    private Task<IScoringStore> OpenAsync(string kind) => _stores.OpenAsync(kind, Cancel);
}
