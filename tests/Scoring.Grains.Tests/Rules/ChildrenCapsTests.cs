using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Grains.Tests.Rules;

/// <summary>Step 4 (DOMAIN.md §3 "Caps from the children", §9): shares over rated children, caps only lower.</summary>
public sealed class ChildrenCapsTests
{
    private static (Level Level, List<Reason> Reasons) Cap(Level own, ChildLevels children)
    {
        var reasons = new List<Reason>();
        var level = ChildrenCaps.Apply(own, children, ChildrenCapParameters.Hd21, reasons);
        return (level, reasons);
    }

    [Fact]
    public void The_default_caps_are_the_HD21_numbers()
    {
        var caps = ChildrenCapParameters.Hd21;
        Assert.Equal(
            (0.20m, 1.00m, 0.80m, 1.00m, 0.50m),
            (caps.KhtnvMaxShare, caps.ExcellentMinHtnvPlusShare, caps.ExcellentMinHttnvPlusShare,
                caps.GoodMinHtnvPlusShare, caps.GoodMinHttnvPlusShare));
    }

    [Theory]
    [InlineData(1, 4)]
    [InlineData(20, 80)]
    public void Exactly_20_percent_KHTNV_children_do_not_make_the_parent_KHTNV(int khtnv, int htnv)
    {
        var (level, reasons) = Cap(Level.Htnv, Children.Organizations(khtnv: khtnv, htnv: htnv));

        Assert.Equal(Level.Htnv, level);
        Assert.Empty(reasons);
    }

    [Theory]
    [InlineData(Level.Htxsnv, 2, 7)]
    [InlineData(Level.Httnv, 2, 7)]
    [InlineData(Level.Htnv, 2, 7)]
    [InlineData(Level.Htnv, 21, 79)]
    public void Just_over_20_percent_KHTNV_children_make_the_parent_KHTNV(Level own, int khtnv, int htxsnv)
    {
        var (level, reasons) = Cap(own, Children.Organizations(khtnv: khtnv, htxsnv: htxsnv));

        Assert.Equal(Level.Khtnv, level);
        Assert.Equal([ReasonCodes.ChildrenKhtnv], reasons.Codes());
    }

    [Theory]
    [InlineData(1, 2, 2)]
    [InlineData(20, 40, 40)]
    [InlineData(20, 80, 0)]
    public void Exactly_80_percent_HTTNV_plus_children_with_all_HTNV_plus_still_allow_HTXSNV(int htnv, int httnv, int htxsnv)
    {
        var (level, reasons) = Cap(Level.Htxsnv, Children.Organizations(htnv: htnv, httnv: httnv, htxsnv: htxsnv));

        Assert.Equal(Level.Htxsnv, level);
        Assert.Empty(reasons);
    }

    [Theory]
    [InlineData(21, 39, 40)]
    [InlineData(3, 5, 6)]
    public void Just_under_80_percent_HTTNV_plus_children_cap_HTXSNV_at_HTTNV(int htnv, int httnv, int htxsnv)
    {
        var (level, reasons) = Cap(Level.Htxsnv, Children.Organizations(htnv: htnv, httnv: httnv, htxsnv: htxsnv));

        Assert.Equal(Level.Httnv, level);
        Assert.Equal([ReasonCodes.ChildrenBelowExcellent], reasons.Codes());
    }

    [Fact]
    public void One_KHTNV_child_within_20_percent_stops_HTXSNV_and_HTTNV_because_both_need_every_child_HTNV_or_above()
    {
        var (level, reasons) = Cap(Level.Htxsnv, Children.Organizations(khtnv: 1, htxsnv: 9));

        Assert.Equal(Level.Htnv, level);
        Assert.Equal([ReasonCodes.ChildrenBelowExcellent, ReasonCodes.ChildrenBelowGood], reasons.Codes());
    }

    [Fact]
    public void One_KHTNV_child_within_20_percent_caps_an_HTTNV_parent_at_HTNV()
    {
        var (level, reasons) = Cap(Level.Httnv, Children.Organizations(khtnv: 1, htxsnv: 99));

        Assert.Equal(Level.Htnv, level);
        Assert.Equal([ReasonCodes.ChildrenBelowGood], reasons.Codes());
    }

    [Theory]
    [InlineData(5, 5, 0)]
    [InlineData(50, 0, 50)]
    [InlineData(1, 0, 1)]
    public void Exactly_50_percent_HTTNV_plus_children_with_all_HTNV_plus_keep_HTTNV(int htnv, int httnv, int htxsnv)
    {
        var (level, reasons) = Cap(Level.Httnv, Children.Organizations(htnv: htnv, httnv: httnv, htxsnv: htxsnv));

        Assert.Equal(Level.Httnv, level);
        Assert.Empty(reasons);
    }

    [Theory]
    [InlineData(51, 49, 0)]
    [InlineData(2, 0, 1)]
    public void Just_under_50_percent_HTTNV_plus_children_cap_HTTNV_at_HTNV(int htnv, int httnv, int htxsnv)
    {
        var (level, reasons) = Cap(Level.Httnv, Children.Organizations(htnv: htnv, httnv: httnv, htxsnv: htxsnv));

        Assert.Equal(Level.Htnv, level);
        Assert.Equal([ReasonCodes.ChildrenBelowGood], reasons.Codes());
    }

    [Fact]
    public void A_cap_cascades_from_HTXSNV_through_HTTNV_to_HTNV_with_a_reason_for_each_step()
    {
        var (level, reasons) = Cap(Level.Htxsnv, Children.Organizations(htnv: 6, httnv: 4));

        Assert.Equal(Level.Htnv, level);
        Assert.Equal([ReasonCodes.ChildrenBelowExcellent, ReasonCodes.ChildrenBelowGood], reasons.Codes());
        Assert.Contains("Capped at HTTNV", reasons[0].Sentence, StringComparison.Ordinal);
        Assert.Contains("Capped at HTNV", reasons[1].Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void HTXSNV_capped_at_HTTNV_stops_there_when_the_children_meet_HTTNV()
    {
        var (level, reasons) = Cap(Level.Htxsnv, Children.Organizations(htnv: 3, httnv: 7));

        Assert.Equal(Level.Httnv, level);
        Assert.Equal([ReasonCodes.ChildrenBelowExcellent], reasons.Codes());
    }

    [Theory]
    [InlineData(Level.Htxsnv)]
    [InlineData(Level.Httnv)]
    [InlineData(Level.Htnv)]
    [InlineData(Level.Khtnv)]
    public void No_rated_children_put_no_cap(Level own)
    {
        var (level, reasons) = Cap(own, ChildLevels.None);

        Assert.Equal(own, level);
        Assert.Empty(reasons);
    }

    [Fact]
    public void Children_that_are_all_pending_or_not_rated_put_no_cap()
    {
        var organizations = ChildLevels.FromOrganizations(new LevelTally(Pending: 3, NotRated: 4, 0, 0, 0, 0));
        var members = ChildLevels.FromMembers(new MemberTally(0, 0, 0, 0, NotRated: 12, Disciplined: 0));

        Assert.Equal(Level.Htxsnv, Cap(Level.Htxsnv, organizations).Level);
        Assert.Equal(Level.Htxsnv, Cap(Level.Htxsnv, members).Level);
    }

    [Fact]
    public void Pending_and_not_rated_children_are_left_out_of_the_shares()
    {
        // 4 of the 5 rated children are HTTNV+ (80%); counting the 10 unrated ones would make it 4 of 15.
        var children = ChildLevels.FromOrganizations(new LevelTally(Pending: 5, NotRated: 5, Khtnv: 0, Htnv: 1, Httnv: 0, Htxsnv: 4));

        var (level, reasons) = Cap(Level.Htxsnv, children);

        Assert.Equal(5, children.Rated);
        Assert.Equal(Level.Htxsnv, level);
        Assert.Empty(reasons);
    }

    [Theory]
    [InlineData(Level.Htnv)]
    [InlineData(Level.Httnv)]
    [InlineData(Level.Khtnv)]
    public void Caps_only_lower_a_level_and_never_raise_it(Level own)
    {
        var (level, reasons) = Cap(own, Children.AllExcellent(10));

        Assert.Equal(own, level);
        Assert.Empty(reasons);
    }

    [Fact]
    public void A_KHTNV_parent_gets_no_extra_reason_from_KHTNV_children()
    {
        var (level, reasons) = Cap(Level.Khtnv, Children.Organizations(khtnv: 10));

        Assert.Equal(Level.Khtnv, level);
        Assert.Empty(reasons);
    }

    [Fact]
    public void Exactly_20_percent_KHTNV_members_do_not_make_the_parent_KHTNV()
    {
        var (level, reasons) = Cap(Level.Htnv, Children.Members(khtnv: 2, htnv: 8));

        Assert.Equal(Level.Htnv, level);
        Assert.Empty(reasons);
    }

    [Fact]
    public void More_than_20_percent_KHTNV_members_make_the_parent_KHTNV_and_the_reason_says_members()
    {
        var (level, reasons) = Cap(Level.Htxsnv, Children.Members(khtnv: 3, htxsnv: 7));

        Assert.Equal(Level.Khtnv, level);
        var reason = Assert.Single(reasons);
        Assert.Equal(ReasonCodes.ChildrenKhtnv, reason.Code);
        Assert.Contains("3 of 10 rated members", reason.Sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("organizations", reason.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_cap_HTXSNV_at_HTTNV_below_80_percent_HTTNV_plus_and_the_reason_says_members()
    {
        var (level, reasons) = Cap(Level.Htxsnv, Children.Members(htnv: 3, httnv: 4, htxsnv: 3));

        Assert.Equal(Level.Httnv, level);
        var reason = Assert.Single(reasons);
        Assert.Equal(ReasonCodes.ChildrenBelowExcellent, reason.Code);
        Assert.Contains("members", reason.Sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("organizations", reason.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_keep_HTXSNV_at_exactly_80_percent_HTTNV_plus()
    {
        var (level, reasons) = Cap(Level.Htxsnv, Children.Members(htnv: 2, httnv: 4, htxsnv: 4));

        Assert.Equal(Level.Htxsnv, level);
        Assert.Empty(reasons);
    }

    [Fact]
    public void Members_cap_HTTNV_at_HTNV_below_50_percent_HTTNV_plus_and_the_reason_says_members()
    {
        var (level, reasons) = Cap(Level.Httnv, Children.Members(htnv: 6, httnv: 4));

        Assert.Equal(Level.Htnv, level);
        var reason = Assert.Single(reasons);
        Assert.Equal(ReasonCodes.ChildrenBelowGood, reason.Code);
        Assert.Contains("members", reason.Sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("organizations", reason.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void One_KHTNV_member_stops_HTXSNV_and_HTTNV()
    {
        var (level, reasons) = Cap(Level.Htxsnv, Children.Members(khtnv: 1, htxsnv: 19));

        Assert.Equal(Level.Htnv, level);
        Assert.Equal([ReasonCodes.ChildrenBelowExcellent, ReasonCodes.ChildrenBelowGood], reasons.Codes());
    }

    [Fact]
    public void Not_rated_members_are_left_out_of_the_shares()
    {
        // 8 of the 10 rated members are HTTNV+; with the 20 not-rated ones it would be 8 of 30.
        var members = ChildLevels.FromMembers(new MemberTally(Htxsnv: 8, Httnv: 0, Htnv: 2, Khtnv: 0, NotRated: 20, Disciplined: 0));

        Assert.Equal(Level.Htxsnv, Cap(Level.Htxsnv, members).Level);
    }

    [Fact]
    public void The_reason_for_child_organizations_says_organizations()
    {
        var (_, reasons) = Cap(Level.Htxsnv, Children.Organizations(khtnv: 3, htxsnv: 7));

        var reason = Assert.Single(reasons);
        Assert.Contains("3 of 10 rated child organizations", reason.Sentence, StringComparison.Ordinal);
        Assert.Contains("30%", reason.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_become_children_with_each_count_at_its_own_level()
    {
        var children = ChildLevels.FromMembers(new MemberTally(Htxsnv: 4, Httnv: 3, Htnv: 2, Khtnv: 1, NotRated: 9, Disciplined: 1));

        Assert.Equal(new ChildLevels(ChildSource.Members, Khtnv: 1, Htnv: 2, Httnv: 3, Htxsnv: 4), children);
        Assert.Equal((10, 9, 7, 0), (children.Rated, children.HtnvPlus, children.HttnvPlus, children.RatedOrganizations));
    }

    [Fact]
    public void Child_organizations_become_children_with_pending_and_not_rated_left_out()
    {
        var children = ChildLevels.FromOrganizations(new LevelTally(Pending: 7, NotRated: 8, Khtnv: 1, Htnv: 2, Httnv: 3, Htxsnv: 4));

        Assert.Equal(new ChildLevels(ChildSource.Organizations, Khtnv: 1, Htnv: 2, Httnv: 3, Htxsnv: 4), children);
        Assert.Equal(10, children.RatedOrganizations);
    }

    [Theory]
    [InlineData("R2019")]
    [InlineData("R2023")]
    [InlineData("R2025")]
    public void Every_regime_caps_an_excellent_unit_whose_children_are_just_under_80_percent_HTTNV_plus(string regime)
    {
        var rating = Assessments.Regime(regime).Rate(
            Assessments.Excellent(regime), Children.Organizations(htnv: 21, httnv: 39, htxsnv: 40));

        Assert.Equal(Level.Httnv, rating.Level);
        Assert.Equal([ReasonCodes.OwnInputs, ReasonCodes.ChildrenBelowExcellent], rating.Codes());
    }

    [Theory]
    [InlineData("R2019")]
    [InlineData("R2023")]
    [InlineData("R2025")]
    public void Every_regime_makes_a_unit_KHTNV_when_more_than_20_percent_of_its_members_are_KHTNV(string regime)
    {
        var rating = Assessments.Regime(regime).Rate(Assessments.Excellent(regime), Children.Members(khtnv: 21, htxsnv: 79));

        Assert.Equal(Level.Khtnv, rating.Level);
        Assert.Equal([ReasonCodes.OwnInputs, ReasonCodes.ChildrenKhtnv], rating.Codes());
    }

    [Theory]
    [InlineData("R2019")]
    [InlineData("R2023")]
    [InlineData("R2025")]
    public void Every_regime_keeps_an_excellent_unit_whose_children_are_exactly_at_the_limits(string regime)
    {
        var rating = Assessments.Regime(regime).Rate(Assessments.Excellent(regime), Children.Organizations(htnv: 1, httnv: 2, htxsnv: 2));

        Assert.Equal(Level.Htxsnv, rating.Level);
        Assert.Equal([ReasonCodes.OwnInputs], rating.Codes());
    }
}
