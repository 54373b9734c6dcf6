using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;
using static Scoring.Grains.Tests.Trees;

namespace Scoring.Grains.Tests;

/// <summary>
/// Invariant 1 of ARCHITECTURE.md: once the mail drains, every unit's roll-up equals a from-scratch
/// recomputation; and the recomputation of <see cref="SampleYear"/> equals what was worked out by hand.
/// </summary>
public sealed class YearRecomputationTests
{
    private static IReadOnlyDictionary<UnitId, UnitSummary> Recompute(SampleYear year) =>
        YearRecomputation.Recompute(year.Year, year.Units, year.Assessments, year.Members);

    private static void AssertSameFigures(IReadOnlyDictionary<UnitId, UnitSummary> expected, IReadOnlyDictionary<UnitId, UnitSummary> actual)
    {
        Assert.Equal(expected.Keys.Select(u => u.Value).Order(StringComparer.Ordinal), actual.Keys.Select(u => u.Value).Order(StringComparer.Ordinal));
        foreach (var (unit, summary) in expected)
        {
            Assert.True(
                summary.HasSameFiguresAs(actual[unit]),
                $"{unit}: expected {Describe(summary)}, got {Describe(actual[unit])}");
        }
    }

    private static string Describe(UnitSummary s) =>
        $"{s.Level.ToCode()} [{string.Join(", ", s.Reasons.Select(r => r.Code))}] score {s.Score} members {s.Members} " +
        $"direct {s.Direct} subtree {s.Subtree}";

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void Every_unit_gets_the_level_worked_out_by_hand(int year)
    {
        var summaries = Recompute(SampleYear.For(year));

        Assert.Equal(
            SampleYear.ExpectedLevels.OrderBy(e => e.Key, StringComparer.Ordinal),
            summaries.Select(s => KeyValuePair.Create(s.Key.Value, s.Value.Level)).OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void The_city_counts_its_subtree_per_kind_and_level_with_pending_and_not_rated_apart(int year)
    {
        var city = Recompute(SampleYear.For(year))[Id("HN")];

        Assert.Equal(Tallies((UnitKind.Upper, Level.Htxsnv, 2)), city.Direct);
        Assert.Equal(LevelTally.Empty with { Htxsnv = 2 }, city.Subtree.Upper);
        Assert.Equal(LevelTally.Empty with { Htxsnv = 1, Httnv = 2, Pending = 1 }, city.Subtree.Grassroots);
        Assert.Equal(LevelTally.Empty with { Htnv = 1 }, city.Subtree.Partial);
        Assert.Equal(LevelTally.Empty with { Htxsnv = 2, Httnv = 1, Htnv = 2, NotRated = 1 }, city.Subtree.Cell);
        Assert.Equal(13, city.Subtree.AllKinds.Total);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void The_city_sums_every_member_tally_below_it(int year)
    {
        var city = Recompute(SampleYear.For(year))[Id("HN")];

        Assert.Equal(Members(htxsnv: 6, httnv: 22, htnv: 8, khtnv: 1, notRated: 6, disciplined: 1), city.Members);
        Assert.Equal(43, city.Members.Total);
        Assert.Equal(Level.Htxsnv, city.Level);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void The_upper_levels_roll_up_their_own_subtrees(int year)
    {
        var summaries = Recompute(SampleYear.For(year));
        var u1 = summaries[Id("U1")];
        var u2 = summaries[Id("U2")];

        Assert.Equal(Tallies((UnitKind.Grassroots, Level.Httnv, 1), (UnitKind.Grassroots, Level.Htxsnv, 1)), u1.Direct);
        Assert.Equal(
            Tallies(
                (UnitKind.Grassroots, Level.Httnv, 1),
                (UnitKind.Grassroots, Level.Htxsnv, 1),
                (UnitKind.Cell, Level.Htxsnv, 1),
                (UnitKind.Cell, Level.Htnv, 1)),
            u1.Subtree);
        Assert.Equal(Members(htxsnv: 3, httnv: 13, htnv: 4, khtnv: 1, notRated: 3, disciplined: 1), u1.Members);

        Assert.Equal(Tallies((UnitKind.Grassroots, Level.Httnv, 1), (UnitKind.Grassroots, Level.Pending, 1)), u2.Direct);
        Assert.Equal(
            Tallies(
                (UnitKind.Grassroots, Level.Httnv, 1),
                (UnitKind.Grassroots, Level.Pending, 1),
                (UnitKind.Partial, Level.Htnv, 1),
                (UnitKind.Cell, Level.Htxsnv, 1),
                (UnitKind.Cell, Level.Httnv, 1),
                (UnitKind.Cell, Level.Htnv, 1),
                (UnitKind.Cell, Level.NotRated, 1)),
            u2.Subtree);
        Assert.Equal(Members(htxsnv: 3, httnv: 9, htnv: 4, notRated: 3), u2.Members);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void A_pending_grassroots_still_rolls_up_its_rated_cell(int year)
    {
        var g4 = Recompute(SampleYear.For(year))[Id("G4")];

        Assert.Equal(Level.Pending, g4.Level);
        Assert.Equal(Tallies((UnitKind.Cell, Level.Httnv, 1)), g4.Subtree);
        Assert.Equal(Members(httnv: 4, htnv: 1), g4.Members);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void The_caps_that_lowered_a_unit_are_among_its_reasons(int year)
    {
        var summaries = Recompute(SampleYear.For(year));

        Assert.Equal(
            [ReasonCodes.OwnInputs, ReasonCodes.ChildrenBelowExcellent],
            summaries[Id("G1")].Reasons.Select(r => r.Code));
        Assert.Equal([ReasonCodes.OwnInputs, ReasonCodes.ChildrenBelowGood], summaries[Id("C2")].Reasons.Select(r => r.Code));
        Assert.Equal([ReasonCodes.OwnInputs, ReasonCodes.ChildrenBelowGood], summaries[Id("P1")].Reasons.Select(r => r.Code));
        // No cap lowered G3 or U2; U2 keeps a pending child (G4), so its level is marked provisional.
        Assert.Equal([ReasonCodes.OwnInputs], summaries[Id("G3")].Reasons.Select(r => r.Code));
        Assert.Equal([ReasonCodes.OwnInputs, ReasonCodes.ChildrenPending], summaries[Id("U2")].Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Under_R2025_a_score_left_empty_is_common_plus_task_score()
    {
        var summaries = Recompute(SampleYear.For(2025));

        Assert.Equal(80m, summaries[Id("C6")].Score);
        Assert.Equal(95m, summaries[Id("HN")].Score);
        Assert.Null(summaries[Id("G4")].Score);
        Assert.Null(summaries[Id("C4")].Score);
    }

    [Fact]
    public void Under_R2023_no_unit_has_a_score()
    {
        Assert.All(Recompute(SampleYear.For(2024)).Values, s => Assert.Null(s.Score));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void The_results_equal_the_mail_delivered_deepest_first_through_grain_turns(int year)
    {
        var sample = SampleYear.For(year);
        var mailbox = Mailbox.ForYear(sample, RuleSets.ForYear(year));

        mailbox.Drain();

        AssertSameFigures(Recompute(sample), mailbox.Summaries);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void Deepest_first_every_unit_turns_once_and_every_unit_but_the_root_reports_once(int year)
    {
        var sample = SampleYear.For(year);
        var mailbox = Mailbox.ForYear(sample, RuleSets.ForYear(year));

        mailbox.Drain();

        Assert.Equal(sample.Units.Count, mailbox.Turns);
        Assert.Equal(sample.Units.Count - 1, mailbox.Reports);
        Assert.All(mailbox.States.Values, s => Assert.Equal(1, s.Version));
        Assert.All(mailbox.States.Values.SelectMany(s => s.Children), c => Assert.Equal(1, c.Version));
    }

    [Theory]
    [InlineData(2024, 1)]
    [InlineData(2024, 2)]
    [InlineData(2024, 3)]
    [InlineData(2025, 4)]
    [InlineData(2025, 5)]
    [InlineData(2025, 6)]
    public void Mail_in_any_order_with_every_report_delivered_twice_ends_in_the_same_figures(int year, int seed)
    {
        var sample = SampleYear.For(year);
        var mailbox = Mailbox.ForYear(sample, RuleSets.ForYear(year));

        mailbox.Drain(new Random(seed), reportsTwice: true);

        AssertSameFigures(Recompute(sample), mailbox.Summaries);
    }

    [Fact]
    public void Commands_delivered_again_after_the_run_change_nothing()
    {
        var sample = SampleYear.For(2025);
        var mailbox = Mailbox.ForYear(sample, RuleSets.R2025);
        mailbox.Drain();
        var versions = mailbox.States.ToDictionary(s => s.Key, s => s.Value.Version);

        foreach (var (to, message) in sample.Commands())
        {
            mailbox.Post(to, message);
        }

        var turnsBefore = mailbox.Turns;
        var reportsBefore = mailbox.Reports;
        mailbox.Drain();

        Assert.Equal(versions, mailbox.States.ToDictionary(s => s.Key, s => s.Value.Version));
        Assert.Equal(0, mailbox.Reports - reportsBefore);
        Assert.True(mailbox.Turns > turnsBefore);
        AssertSameFigures(Recompute(sample), mailbox.Summaries);
    }

    [Fact]
    public void While_a_run_is_under_way_the_city_counts_the_units_still_pending()
    {
        var sample = SampleYear.For(2024);
        var mailbox = new Mailbox(YearTree.Build(2024, sample.Units), RuleSets.R2023);
        mailbox.Post(Id("C1"), new AssessmentSubmitted(sample.Assessments[Id("C1")]));
        mailbox.Post(Id("C1"), new MembersSubmitted(sample.Members[Id("C1")]));

        mailbox.Drain();

        var city = mailbox.Summaries[Id("HN")];
        Assert.Equal(Level.Pending, city.Level);
        Assert.Equal(
            Tallies(
                (UnitKind.Upper, Level.Pending, 2),
                (UnitKind.Grassroots, Level.Pending, 4),
                (UnitKind.Partial, Level.Pending, 1),
                (UnitKind.Cell, Level.Pending, 5),
                (UnitKind.Cell, Level.Htxsnv, 1)),
            city.Subtree);
        Assert.Equal(sample.Members[Id("C1")], city.Members);
    }

    [Fact]
    public void A_later_assessment_after_the_run_reaches_the_city_as_a_recomputation_would_see_it()
    {
        var sample = SampleYear.For(2024);
        var mailbox = Mailbox.ForYear(sample, RuleSets.R2023);
        mailbox.Drain();

        // C5 falls to KHTNV: G3 then has 1 of 2 rated children KHTNV and becomes KHTNV, and so on up.
        mailbox.Post(Id("C5"), new AssessmentSubmitted(Own(2024, Level.Khtnv)));
        mailbox.Drain();

        var changed = sample with
        {
            Assessments = new Dictionary<UnitId, Assessment>(sample.Assessments) { [Id("C5")] = Own(2024, Level.Khtnv) },
        };
        var expected = Recompute(changed);
        AssertSameFigures(expected, mailbox.Summaries);
        Assert.Equal(Level.Khtnv, expected[Id("G3")].Level);
        Assert.Equal(2, mailbox.States[Id("HN")].Version);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void Both_overloads_agree_and_the_state_overload_ignores_the_child_reports_the_grains_hold(int year)
    {
        var sample = SampleYear.For(year);

        // Inputs stored, but every child report still the pending placeholder (or worse, a wrong one).
        var states = YearTree.Build(year, sample.Units)
            .Select(s => s with
            {
                Assessment = sample.Assessments.GetValueOrDefault(s.Unit),
                Members = sample.Members.GetValueOrDefault(s.Unit),
                Children = [.. s.Children.Select(c => c with { Version = 9, Level = Level.Khtnv })],
            })
            .ToList();

        AssertSameFigures(Recompute(sample), YearRecomputation.Recompute(states, RuleSets.ForYear(year)));
    }

    [Fact]
    public void The_state_overload_keeps_the_stored_versions()
    {
        var sample = SampleYear.For(2025);
        var mailbox = Mailbox.ForYear(sample, RuleSets.R2025);
        mailbox.Drain();
        var states = mailbox.States.Values.Select(s => s with { Version = s.Version + 10 }).ToList();

        var summaries = YearRecomputation.Recompute(states, RuleSets.R2025);

        Assert.All(summaries.Values, s => Assert.Equal(11, s.Version));
    }

    [Fact]
    public void A_state_whose_child_has_no_state_of_its_own_is_refused()
    {
        var sample = SampleYear.For(2024);
        var states = YearTree.Build(2024, sample.Units).Where(s => s.Unit != Id("C3")).ToList();

        Assert.Throws<InvalidOperationException>(() => YearRecomputation.Recompute(states, RuleSets.R2023));
    }
}
