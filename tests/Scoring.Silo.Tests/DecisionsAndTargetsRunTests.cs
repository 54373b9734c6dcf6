using System.Text.Json;
using Scoring.GrainInterfaces;

namespace Scoring.Silo.Tests;

/// <summary>A year's folder with decisions.csv and targets.csv, delivered to the grains and exported (DOMAIN.md §5, §7).</summary>
public sealed class DecisionsAndTargetsRunTests
{
    private const string C1DecidedKhtnv = """
        unit_id,level,note,exemplary
        C1,KHTNV,Vi phạm quy chế,false
        G2,,Tiêu biểu,true
        """;

    private const string MembersTarget = """
        program,code,applies_to,indicator,comparator,value,from_year,to_year
        01-CTr/TU,DV70,city,members_httnv_plus_share,>,70,2021,2025
        01-CTr/TU,CS50,city,grassroots_clean_strong_share,>,50,2016,2020
        01-CTr/TU,G90,grassroots,members_httnv_plus_share,>=,90,2024,
        """;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_decided_level_is_final_for_the_unit_and_every_roll_up_above_it()
    {
        await using var silo = await SiloHarness.StartAsync();

        var outcome = await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024", decisions: C1DecidedKhtnv), 2024);

        Assert.Equal(2, outcome.DecisionsChanged);
        var c1 = await silo.SummaryAsync(2024, "C1");
        Assert.Equal((Level.Khtnv, Level.Httnv), (c1.Level, c1.Proposed));
        // C1 KHTNV is one of G1's two rated cells: more than 20% → G1 KHTNV, and so Q1 (one of its two grassroots).
        var g1 = await silo.SummaryAsync(2024, "G1");
        Assert.Equal((1, Level.Khtnv), (g1.Direct.Cell.Khtnv, g1.Level));
        Assert.Equal(Level.Khtnv, (await silo.SummaryAsync(2024, "Q1")).Level);
        Assert.Equal(1, (await silo.SummaryAsync(2024, "HN")).Subtree.Cell.Khtnv);
        var g2 = await silo.SummaryAsync(2024, "G2");
        Assert.Equal((Level.Htnv, (Level?)null, true), (g2.Level, g2.Decided, g2.Exemplary));
        Assert.True((await silo.Reconciler.ReconcileAsync(2024, Cancel))!.Holds);
    }

    [Fact]
    public async Task A_folder_without_decisions_csv_keeps_the_decisions_and_an_empty_one_withdraws_them()
    {
        await using var silo = await SiloHarness.StartAsync();
        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024", decisions: C1DecidedKhtnv), 2024);

        var without = await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024-without"), 2024);
        var keptC1 = await silo.SummaryAsync(2024, "C1");
        var emptied = await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024-empty", decisions: "unit_id,level,note,exemplary"), 2024);

        Assert.Equal(0, without.DecisionsChanged);
        Assert.Empty(without.Changed);
        Assert.Equal(Level.Khtnv, keptC1.Level);
        Assert.Equal(2, emptied.Withdrawn);
        Assert.Equal(Level.Httnv, (await silo.SummaryAsync(2024, "C1")).Level);
        Assert.False((await silo.SummaryAsync(2024, "G2")).Exemplary);
        Assert.Equal(0, (await silo.SummaryAsync(2024, "HN")).Subtree.Cell.Khtnv);
        Assert.True((await silo.Reconciler.ReconcileAsync(2024, Cancel))!.Holds);
    }

    [Fact]
    public async Task Targets_of_the_year_reach_the_units_of_their_kind()
    {
        await using var silo = await SiloHarness.StartAsync();

        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024", targets: MembersTarget), 2024);

        // Members of the city: C1 13 rated (12 HTTNV+), C2 15 (15), G2 24 (21): 48 of 52, 92.31%.
        Assert.Equal([new TargetResult("DV70", "members_httnv_plus_share", ">", 70m, 92.31m, true)], (await silo.SummaryAsync(2024, "HN")).Targets!);
        Assert.Equal([new TargetResult("G90", "members_httnv_plus_share", ">=", 90m, 87.50m, false)], (await silo.SummaryAsync(2024, "G2")).Targets!);
        Assert.Null((await silo.SummaryAsync(2024, "Q1")).Targets);
        Assert.True((await silo.Reconciler.ReconcileAsync(2024, Cancel))!.Holds);
    }

    [Fact]
    public async Task Export_lines_carry_proposed_decided_exemplary_and_only_the_quota_and_targets_that_apply()
    {
        await using var silo = await SiloHarness.StartAsync();
        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024", decisions: C1DecidedKhtnv, targets: MembersTarget), 2024);

        var lines = (await silo.ExportAsync(2024)).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(line => line.GetProperty("unit").GetString()!);

        var c1 = lines["C1"];
        Assert.Equal(("KHTNV", "HTTNV", "KHTNV", false), (
            c1.GetProperty("level").GetString(), c1.GetProperty("proposed").GetString(), c1.GetProperty("decided").GetString(),
            c1.GetProperty("exemplary").GetBoolean()));
        Assert.False(c1.TryGetProperty("quota", out _));
        Assert.False(c1.TryGetProperty("targets", out _));
        var hn = lines["HN"];
        Assert.Equal(JsonValueKind.Null, hn.GetProperty("decided").ValueKind);
        // HN's one child, Q1, is KHTNV once C1 is (see above): nothing HTTNV+ to check.
        Assert.Equal("""{"children":{"httnvPlus":0,"htxsnv":0,"limit":0,"over":false}}""", hn.GetProperty("quota").GetRawText());
        Assert.Equal("""[{"code":"DV70","value":70,"actual":92.31,"met":true}]""", hn.GetProperty("targets").GetRawText());
        // G1's members: C1 2 HTXSNV of 12 HTTNV+, C2 3 of 15: 5 of 27, limit 5.
        Assert.Equal(
            """{"children":{"httnvPlus":1,"htxsnv":1,"limit":0,"over":true},"members":{"httnvPlus":27,"htxsnv":5,"limit":5,"over":false}}""",
            lines["G1"].GetProperty("quota").GetRawText());
        Assert.True(lines["G2"].GetProperty("exemplary").GetBoolean());
    }
}
