using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Grains.Tests.Rules;

/// <summary>The quota of excellent ratings (DOMAIN.md §5): HTXSNV at most floor(20% of HTTNV+) in a group.</summary>
public sealed class ExcellentQuotaTests
{
    [Fact]
    public void Exactly_twenty_percent_of_HTTNV_plus_excellent_is_within_the_quota()
    {
        // 10 HTTNV+ of which 2 HTXSNV: the limit is 2.
        Assert.Equal(new QuotaCheck(10, 2, 2, Over: false), ExcellentQuota.Check(10, 2, ExcellentQuota.Hd21Share));
    }

    [Fact]
    public void One_excellent_over_twenty_percent_is_over_the_quota()
    {
        Assert.Equal(new QuotaCheck(10, 3, 2, Over: true), ExcellentQuota.Check(10, 3, ExcellentQuota.Hd21Share));
    }

    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(9, 1)]
    [InlineData(14, 2)]
    [InlineData(15, 3)]
    public void The_limit_rounds_twenty_percent_down(int httnvPlus, int limit)
    {
        Assert.Equal(limit, ExcellentQuota.Check(httnvPlus, 0, ExcellentQuota.Hd21Share).Limit);
    }

    [Fact]
    public void A_group_with_fewer_than_five_HTTNV_plus_may_have_no_excellent_one()
    {
        Assert.True(ExcellentQuota.Check(4, 1, ExcellentQuota.Hd21Share).Over);
    }

    [Fact]
    public void An_empty_group_is_within_the_quota_with_zeros()
    {
        Assert.Equal(new QuotaCheck(0, 0, 0, Over: false), ExcellentQuota.Check(0, 0, ExcellentQuota.Hd21Share));
    }

    [Fact]
    public void Son_La_province_2020_published_table_is_over_with_a_limit_of_114()
    {
        // 120 HTXSNV, 451 HTTNV, 27 HTNV, 0 KHTNV grassroots organizations: HTTNV+ = 571, limit floor(114.2) = 114.
        var check = ExcellentQuota.Check(httnvPlus: 120 + 451, htxsnv: 120, ExcellentQuota.Hd21Share);

        Assert.Equal(new QuotaCheck(571, 120, 114, Over: true), check);
    }
}
