using Scoring.GrainInterfaces;
using static Scoring.Grains.Tests.Trees;

namespace Scoring.Grains.Tests;

/// <summary>What "the same figures" means when a turn decides whether to move the version and report.</summary>
public sealed class UnitSummaryTests
{
    private static UnitSummary Summary() => new(
        2025,
        Id("G1"),
        UnitKind.Grassroots,
        "Phường Hoàn Kiếm",
        Id("HN"),
        1,
        3,
        Level.Httnv,
        [new Reason("OWN_INPUTS", "Score 80."), new Reason("CHILDREN_BELOW_HTXSNV", "Capped at HTTNV.")],
        80m,
        Members(httnv: 4, htnv: 1),
        Tallies((UnitKind.Cell, Level.Httnv, 2)),
        Tallies((UnitKind.Cell, Level.Httnv, 2)),
        Level.Httnv,
        Decision: null,
        new UnitQuota(new QuotaCheck(2, 0, 0, false), new QuotaCheck(4, 0, 0, false)),
        Targets: null);

    [Fact]
    public void Summaries_that_differ_only_in_version_have_the_same_figures()
    {
        Assert.True(Summary().HasSameFiguresAs(Summary() with { Version = 99 }));
    }

    [Fact]
    public void Targets_are_compared_element_by_element_not_by_list_instance()
    {
        var summary = Summary() with { Targets = [new TargetResult("T1", "grassroots_httnv_plus_share", ">", 50m, 66.67m, true)] };

        Assert.True(summary.HasSameFiguresAs(summary with { Targets = [new TargetResult("T1", "grassroots_httnv_plus_share", ">", 50m, 66.67m, true)] }));
    }

    [Fact]
    public void A_target_met_in_one_summary_and_not_in_the_other_is_a_different_figure()
    {
        var met = Summary() with { Targets = [new TargetResult("T1", "grassroots_httnv_plus_share", ">=", 50m, 50m, true)] };

        Assert.False(met.HasSameFiguresAs(met with { Targets = [new TargetResult("T1", "grassroots_httnv_plus_share", ">=", 50m, 50m, false)] }));
    }

    [Fact]
    public void Reasons_are_compared_element_by_element_not_by_list_instance()
    {
        var summary = Summary();
        var copy = summary with { Reasons = summary.Reasons.Select(r => r with { }).ToList() };

        Assert.NotSame(summary.Reasons, copy.Reasons);
        Assert.True(summary.HasSameFiguresAs(copy));
        Assert.True(copy.HasSameFiguresAs(summary));
    }

    [Theory]
    [InlineData("reason sentence")]
    [InlineData("reason code")]
    [InlineData("reason order")]
    [InlineData("one reason more")]
    [InlineData("one reason less")]
    public void Summaries_whose_reasons_differ_do_not_have_the_same_figures(string change)
    {
        var summary = Summary();
        var reasons = summary.Reasons.ToList();
        IReadOnlyList<Reason> changed = change switch
        {
            "reason sentence" => [reasons[0] with { Sentence = "Score 81." }, reasons[1]],
            "reason code" => [reasons[0], reasons[1] with { Code = "CHILDREN_BELOW_HTTNV" }],
            "reason order" => [reasons[1], reasons[0]],
            "one reason more" => [.. reasons, new Reason("X", "x")],
            "one reason less" => [reasons[0]],
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
        };

        Assert.False(summary.HasSameFiguresAs(summary with { Reasons = changed }));
    }

    [Theory]
    [InlineData("year")]
    [InlineData("unit")]
    [InlineData("kind")]
    [InlineData("name")]
    [InlineData("parent")]
    [InlineData("depth")]
    [InlineData("level")]
    [InlineData("score")]
    [InlineData("no score")]
    [InlineData("members")]
    [InlineData("subtree")]
    [InlineData("direct")]
    [InlineData("proposed")]
    [InlineData("decision")]
    [InlineData("exemplary")]
    [InlineData("quota")]
    [InlineData("targets")]
    public void Summaries_that_differ_in_any_figure_do_not_have_the_same_figures(string field)
    {
        var summary = Summary();
        var changed = field switch
        {
            "year" => summary with { Year = 2024 },
            "unit" => summary with { Unit = Id("G2") },
            "kind" => summary with { Kind = UnitKind.Partial },
            "name" => summary with { Name = "Phường Hàng Bạc" },
            "parent" => summary with { Parent = null },
            "depth" => summary with { Depth = 2 },
            "level" => summary with { Level = Level.Htnv },
            "score" => summary with { Score = 80.5m },
            "no score" => summary with { Score = null },
            "members" => summary with { Members = summary.Members with { Disciplined = 1 } },
            "subtree" => summary with { Subtree = summary.Subtree.Add(UnitKind.Cell, Level.Pending) },
            "direct" => summary with { Direct = summary.Direct.Add(UnitKind.Cell, Level.NotRated) },
            "proposed" => summary with { Proposed = Level.Htxsnv },
            "decision" => summary with { Decision = new Decision(Level.Httnv, null, false) },
            "exemplary" => summary with { Decision = new Decision(null, null, true) },
            "quota" => summary with { Quota = summary.Quota! with { Members = null } },
            "targets" => summary with { Targets = [new TargetResult("T1", "grassroots_httnv_plus_share", ">", 50m, 66.67m, true)] },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        };

        Assert.False(summary.HasSameFiguresAs(changed));
        Assert.False(changed.HasSameFiguresAs(summary));
    }
}
