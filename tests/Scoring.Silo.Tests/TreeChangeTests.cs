using Scoring.GrainInterfaces;
using Scoring.Silo.Years;

namespace Scoring.Silo.Tests;

/// <summary>
/// A rated year imported again with another tree: units moved, added and removed. After the run every unit reports
/// what a first import of the new folder would (the same export), reconcile holds, and a removed unit is gone.
/// </summary>
public sealed class TreeChangeTests
{
    /// <summary>
    /// A 2024 (R2023) year with two districts: Q1 has G1 (cells C1, C2, C3) and G2 (a chi bộ cơ sở with members);
    /// Q2 has G3 (cells C4, C5).
    /// </summary>
    private const string Units = """
        id,parent_id,kind,name
        HN,,city,Hà Nội
        Q1,HN,upper,Quận 1
        G1,Q1,grassroots,Phường A
        C1,G1,cell,Chi bộ 1
        C2,G1,cell,Chi bộ 2
        C3,G1,cell,Chi bộ 3
        G2,Q1,grassroots,Chi bộ cơ sở B
        Q2,HN,upper,Quận 2
        G3,Q2,grassroots,Phường C
        C4,G3,cell,Chi bộ 4
        C5,G3,cell,Chi bộ 5
        """;

    private const string Assessments = """
        unit_id,not_rated,politics,organization,tasks,oversight,leadership_disciplined,affiliates_disciplined,disunity,targets_met_percent
        HN,false,T,T,XS,T,false,0,false,90
        Q1,false,T,T,XS,T,false,0,false,90
        G1,false,T,T,XS,T,false,0,false,90
        C1,false,T,T,T,T,false,0,false,90
        C2,false,T,T,XS,T,false,0,false,90
        C3,false,K,T,T,T,false,0,false,90
        G2,false,T,T,XS,T,false,0,false,80
        Q2,false,T,T,XS,T,false,0,false,90
        G3,false,XS,T,XS,T,false,0,false,90
        C4,false,T,T,XS,T,false,0,false,90
        C5,true,,,,,,,,
        """;

    private const string Members = """
        unit_id,htxsnv,httnv,htnv,khtnv,not_rated,disciplined
        C1,2,10,1,0,1,0
        C2,3,12,0,0,0,0
        C3,0,4,3,2,0,1
        G2,1,20,2,1,0,1
        C4,4,9,0,0,0,0
        """;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_cell_moved_between_two_grassroots_organizations_leaves_the_old_parent_and_its_ancestors_and_reaches_the_new_ones()
    {
        await using var silo = await RatedAsync();
        var before = await silo.SummaryAsync(2024, "C2");
        var units = Units.Replace("C2,G1,cell", "C2,G3,cell", StringComparison.Ordinal);

        var outcome = await ImportAgainAsync(silo, units);

        Assert.Equal(new TreeChanges(1, 0, 0, 0), outcome.Tree);
        // The city counts the same cells and members as before, so its figures, and its version, stay.
        Assert.Equal(["C2", "G1", "G3", "Q1", "Q2"], outcome.Changed.Select(u => u.Value).Order(StringComparer.Ordinal));
        var c2 = await silo.SummaryAsync(2024, "C2");
        Assert.Equal((new UnitId("G3"), 3, before.Version + 1), (c2.Parent, c2.Depth, c2.Version));
        Assert.Equal(["C1", "C3"], await ChildrenAsync(silo, "G1"));
        Assert.Equal(["C2", "C4", "C5"], await ChildrenAsync(silo, "G3"));
        // C2's 15 members left G1 and Q1 and reached G3 and Q2; the city counts them still.
        Assert.Equal(new MemberTally(2, 14, 4, 2, 1, 1), (await silo.SummaryAsync(2024, "G1")).Members);
        Assert.Equal(new MemberTally(3, 34, 6, 3, 1, 2), (await silo.SummaryAsync(2024, "Q1")).Members);
        Assert.Equal(new MemberTally(7, 21, 0, 0, 0, 0), (await silo.SummaryAsync(2024, "G3")).Members);
        Assert.Equal(new MemberTally(7, 21, 0, 0, 0, 0), (await silo.SummaryAsync(2024, "Q2")).Members);
        Assert.Equal(new MemberTally(10, 55, 6, 3, 1, 2), (await silo.SummaryAsync(2024, "HN")).Members);
        Assert.Equal(2, (await silo.SummaryAsync(2024, "Q1")).Subtree.Cell.Total);
        Assert.Equal(3, (await silo.SummaryAsync(2024, "Q2")).Subtree.Cell.Total);
        await AssertAsFirstImportedAsync(silo, units);
    }

    [Fact]
    public async Task A_grassroots_organization_moved_from_a_district_to_directly_under_the_city_changes_depth_and_its_parent_s_kind()
    {
        await using var silo = await RatedAsync();
        var units = Units.Replace("G2,Q1,grassroots", "G2,HN,grassroots", StringComparison.Ordinal);

        var outcome = await ImportAgainAsync(silo, units);

        Assert.Equal(new TreeChanges(1, 0, 0, 0), outcome.Tree);
        var g2 = await silo.SummaryAsync(2024, "G2");
        Assert.Equal((new UnitId("HN"), 1, UnitKind.Grassroots), (g2.Parent, g2.Depth, g2.Kind));
        var city = await silo.SummaryAsync(2024, "HN");
        Assert.Equal((2, 1), (city.Direct.Upper.Total, city.Direct.Grassroots.Total));
        Assert.Equal(3, city.Subtree.Grassroots.Total);
        var q1 = await silo.SummaryAsync(2024, "Q1");
        Assert.Equal(1, q1.Direct.Grassroots.Total);
        Assert.Equal(new MemberTally(5, 26, 4, 2, 1, 1), q1.Members);
        Assert.Equal(["G2", "Q1", "Q2"], await ChildrenAsync(silo, "HN"));
        await AssertAsFirstImportedAsync(silo, units);
    }

    [Fact]
    public async Task A_subtree_moved_takes_its_units_along_at_their_new_depths()
    {
        await using var silo = await RatedAsync();
        var units = Units.Replace("G1,Q1,grassroots", "G1,HN,grassroots", StringComparison.Ordinal);

        var outcome = await ImportAgainAsync(silo, units);

        Assert.Equal(new TreeChanges(1, 0, 0, 0), outcome.Tree);
        Assert.Equal((new UnitId("HN"), 1), ((await silo.SummaryAsync(2024, "G1")).Parent, (await silo.SummaryAsync(2024, "G1")).Depth));
        foreach (var cell in new[] { "C1", "C2", "C3" })
        {
            var summary = await silo.SummaryAsync(2024, cell);
            Assert.Equal((new UnitId("G1"), 2), (summary.Parent, summary.Depth));
        }

        Assert.Equal(0, (await silo.SummaryAsync(2024, "Q1")).Subtree.Cell.Total);
        Assert.Equal(
            [(1, "G1"), (1, "Q1"), (1, "Q2"), (2, "C1"), (2, "C2"), (2, "C3"), (2, "G2"), (2, "G3")],
            (await silo.Store.ReadYearAsync(2024, Cancel)).States.Where(s => s.Depth is 1 or 2).Select(s => (s.Depth, s.Unit.Value))
                .OrderBy(s => s.Depth).ThenBy(s => s.Value, StringComparer.Ordinal));
        await AssertAsFirstImportedAsync(silo, units);
    }

    [Fact]
    public async Task An_added_unit_is_placed_and_rated_and_its_parent_and_ancestors_count_it()
    {
        await using var silo = await RatedAsync();
        var units = Units + "\nC6,G1,cell,Chi bộ 6";
        var assessments = Assessments + "\nC6,false,T,T,XS,T,false,0,false,90";
        var members = Members + "\nC6,1,5,0,0,0,0";

        var outcome = await ImportAgainAsync(silo, units, assessments, members);

        Assert.Equal(new TreeChanges(0, 0, 1, 0), outcome.Tree);
        Assert.Equal((1, 1), (outcome.AssessmentsChanged, outcome.MemberTalliesChanged));
        var c6 = await silo.SummaryAsync(2024, "C6");
        Assert.Equal((Level.Htxsnv, new UnitId("G1"), 3), (c6.Level, c6.Parent, c6.Depth));
        Assert.Equal(["C1", "C2", "C3", "C6"], await ChildrenAsync(silo, "G1"));
        Assert.Equal(6, (await silo.SummaryAsync(2024, "HN")).Subtree.Cell.Total);
        await AssertAsFirstImportedAsync(silo, units, assessments, members);
    }

    [Fact]
    public async Task A_removed_district_leaves_every_roll_up_and_the_export_and_its_rows_are_deleted()
    {
        await using var silo = await RatedAsync();
        var units = Lines(Units, "Q2,", "G3,", "C4,", "C5,");
        var assessments = Lines(Assessments, "Q2,", "G3,", "C4,", "C5,");
        var members = Lines(Members, "C4,");

        var outcome = await ImportAgainAsync(silo, units, assessments, members);

        Assert.Equal(new TreeChanges(0, 0, 0, 4), outcome.Tree);
        Assert.Equal(0, await silo.ScalarAsync("select count(*) from grains where year = 2024 and unit_id in ('Q2', 'G3', 'C4', 'C5')"));
        Assert.Equal(7, await silo.ScalarAsync("select count(*) from grains where year = 2024"));
        foreach (var unit in new[] { "Q2", "G3", "C4", "C5" })
        {
            var grain = silo.Grains.GetGrain<IOrganizationGrain>(OrganizationKey.Of(2024, new UnitId(unit)));
            Assert.Null(await grain.GetSummaryAsync());
            Assert.Null(await grain.GetChildrenAsync());
        }

        var city = await silo.SummaryAsync(2024, "HN");
        Assert.Equal((1, 2, 3), (city.Direct.Upper.Total, city.Subtree.Grassroots.Total, city.Subtree.Cell.Total));
        Assert.Equal(["Q1"], await ChildrenAsync(silo, "HN"));
        Assert.DoesNotContain("\"Q2\"", await silo.ExportAsync(2024), StringComparison.Ordinal);
        await AssertAsFirstImportedAsync(silo, units, assessments, members);
    }

    [Fact]
    public async Task The_same_changed_tree_imported_twice_changes_nothing_the_second_time()
    {
        await using var silo = await RatedAsync();
        var units = Lines(Units.Replace("C2,G1,cell", "C2,G3,cell", StringComparison.Ordinal), "C3,") + "\nC6,G2,cell,Chi bộ 6";
        var assessments = Lines(Assessments, "C3,") + "\nC6,false,T,T,XS,T,false,0,false,90";
        var members = Lines(Members, "C3,", "G2,") + "\nC6,1,5,0,0,0,0";
        var first = await ImportAgainAsync(silo, units, assessments, members);
        var export = await silo.ExportAsync(2024);
        var versions = await silo.ScalarAsync("select sum(version) from grains where year = 2024");

        var second = await ImportAgainAsync(silo, units, assessments, members, "again");

        Assert.Equal(new TreeChanges(1, 0, 1, 1), first.Tree);
        Assert.Equal("1 moved, 1 added, 1 removed", first.Tree.ToString());
        Assert.Equal(TreeChanges.None, second.Tree);
        Assert.Equal(0, second.Turns);
        Assert.Empty(second.Changed);
        Assert.Equal(export, await silo.ExportAsync(2024));
        Assert.Equal(versions, await silo.ScalarAsync("select sum(version) from grains where year = 2024"));
        await AssertAsFirstImportedAsync(silo, units, assessments, members);
    }

    [Fact]
    public async Task A_tree_that_is_not_a_tree_is_still_refused_and_changes_nothing()
    {
        await using var silo = await RatedAsync();
        var export = await silo.ExportAsync(2024);
        var cycle = Units.Replace("Q1,HN,upper", "Q1,G1,upper", StringComparison.Ordinal);

        var outcome = await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024-cycle", cycle, Assessments, Members), 2024);

        Assert.False(outcome.Succeeded);
        Assert.All(outcome.Errors, error => Assert.Equal("units.csv", error.File));
        Assert.Equal(export, await silo.ExportAsync(2024));
    }

    private static async Task<SiloHarness> RatedAsync()
    {
        var silo = await SiloHarness.StartAsync();
        var outcome = await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024", Units, Assessments, Members), 2024);
        Assert.True(outcome.Succeeded);
        Assert.True(outcome.TreeCreated);
        return silo;
    }

    private static async Task<ImportOutcome> ImportAgainAsync(
        SiloHarness silo, string units, string assessments = Assessments, string members = Members, string name = "changed")
    {
        var outcome = await silo.ImportAsync(YearFolder.Write(silo.Folder, $"2024-{name}", units, assessments, members), 2024);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        Assert.False(outcome.TreeCreated);
        Assert.Empty(outcome.Refused);
        return outcome;
    }

    /// <summary>
    /// The year re-imported reports exactly what a first import of the same folder into an empty store does, holds
    /// one row per unit of the folder, and reconciles.
    /// </summary>
    private static async Task AssertAsFirstImportedAsync(SiloHarness silo, string units, string assessments = Assessments, string members = Members)
    {
        await using var fresh = await SiloHarness.StartAsync();
        await fresh.ImportAsync(YearFolder.Write(fresh.Folder, "2024", units, assessments, members), 2024);
        Assert.Equal(await fresh.ExportAsync(2024), await silo.ExportAsync(2024));
        var report = await silo.Reconciler.ReconcileAsync(2024, Cancel);
        Assert.True(report!.Holds, report.Difference);
        Assert.Equal(units.Split('\n').Length - 1, report.UnitsChecked);
    }

    private static async Task<string[]> ChildrenAsync(SiloHarness silo, string unit) =>
        [.. (await silo.Grains.GetGrain<IOrganizationGrain>(OrganizationKey.Of(2024, new UnitId(unit))).GetChildrenAsync())!.Select(c => c.Unit.Value)];

    /// <summary>The CSV text without the rows that start with any of <paramref name="prefixes"/>.</summary>
    private static string Lines(string csv, params string[] prefixes) =>
        string.Join('\n', csv.Split('\n').Where(line => !prefixes.Any(p => line.StartsWith(p, StringComparison.Ordinal))));
}
