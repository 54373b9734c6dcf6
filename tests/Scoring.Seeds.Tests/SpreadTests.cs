using Scoring.GrainInterfaces;

namespace Scoring.Seeds.Tests;

/// <summary>
/// The rated city-scale tree looks like a real year (DOMAIN.md §1–§3): the caps from the children do not drag
/// the upper levels down, and the shares sit where Hanoi's reports put them.
/// </summary>
public sealed class SpreadTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(2016)]
    [InlineData(2019)]
    [InlineData(2024)]
    [InlineData(2025)]
    public void Grassroots_organizations_are_mostly_HTTNV_with_some_HTXSNV_and_very_few_KHTNV(int year)
    {
        var spread = Spread(year, UnitKind.Grassroots);

        Assert.Equal(Level.Httnv, spread.MaxBy(s => s.Value).Key);
        Assert.InRange(Share(spread, Level.Htxsnv), 0.10, 0.20);
        Assert.InRange(Share(spread, Level.Khtnv), 0.001, 0.03);
        Assert.InRange(Share(spread, Level.NotRated), 0.003, 0.02);
    }

    [Theory]
    [InlineData(2016)]
    [InlineData(2019)]
    [InlineData(2024)]
    [InlineData(2025)]
    public void Cells_are_mostly_HTTNV_and_few_are_KHTNV(int year)
    {
        var spread = Spread(year, UnitKind.Cell);

        Assert.Equal(Level.Httnv, spread.MaxBy(s => s.Value).Key);
        Assert.InRange(Share(spread, Level.Htxsnv), 0.10, 0.20);
        Assert.InRange(Share(spread, Level.Khtnv), 0.003, 0.03);
    }

    [Theory]
    [InlineData(2016)]
    [InlineData(2019)]
    [InlineData(2024)]
    [InlineData(2025)]
    public void The_city_and_most_upper_committees_are_HTTNV_or_above(int year)
    {
        var generated = Generated.Year(SeedScale.City, year);
        var levels = BottomUp.Rate(generated);
        var uppers = Spread(year, UnitKind.Upper);

        Assert.True(levels[0] >= Level.Httnv, $"the city is {levels[0].ToCode()}");
        var httnvPlus = uppers[Level.Httnv] + uppers[Level.Htxsnv];
        var all = uppers.Values.Sum();
        Assert.True(httnvPlus >= 0.7 * all, $"{httnvPlus} of {all} uppers HTTNV+");
    }

    // Not 2016: under R2014 no cap asks for every member HTNV or above, so fewer cells need a KHTNV member to stay HTNV.
    [Theory]
    [InlineData(2019)]
    [InlineData(2024)]
    [InlineData(2025)]
    public void Members_are_mostly_HTTNV_with_about_one_percent_KHTNV_in_a_tenth_of_cells(int year)
    {
        var generated = Generated.Year(SeedScale.City, year);
        var cells = generated.Units.Where(u => u.Kind == UnitKind.Cell).Select(u => u.Id).ToHashSet();
        var members = generated.Members.Aggregate(MemberTally.Empty, (sum, m) => sum.Plus(m.Members));
        double total = members.Total;
        var cellsWithKhtnv = generated.Members.Count(m => cells.Contains(m.Unit) && m.Members.Khtnv > 0);
        output.WriteLine(
            $"{year} members {members.Total}: HTXSNV {members.Htxsnv / total:P2}, HTTNV {members.Httnv / total:P2}, " +
            $"HTNV {members.Htnv / total:P2}, KHTNV {members.Khtnv / total:P2}, not rated {members.NotRated / total:P2}, " +
            $"disciplined {members.Disciplined}; cells with a KHTNV member {cellsWithKhtnv} ({(double)cellsWithKhtnv / cells.Count:P1})");

        Assert.True(members.Httnv > total / 2, "HTTNV is the bulk");
        Assert.InRange(members.Htxsnv / total, 0.10, 0.15);
        Assert.InRange(members.Khtnv / total, 0.005, 0.02);
        Assert.InRange(members.NotRated / total, 0.01, 0.02);
        Assert.InRange((double)cellsWithKhtnv / cells.Count, 0.08, 0.12);
    }

    private Dictionary<Level, int> Spread(int year, UnitKind kind)
    {
        var generated = Generated.Year(SeedScale.City, year);
        var levels = BottomUp.Rate(generated);
        var spread = new[] { Level.Htxsnv, Level.Httnv, Level.Htnv, Level.Khtnv, Level.NotRated }.ToDictionary(l => l, _ => 0);
        for (var i = 0; i < levels.Length; i++)
        {
            if (generated.Units[i].Kind == kind)
            {
                spread[levels[i]]++;
            }
        }

        output.WriteLine($"{year} {kind.ToCode()}: " + string.Join(", ", spread.Select(s => $"{s.Key.ToCode()} {s.Value}")));
        return spread;
    }

    private static double Share(Dictionary<Level, int> spread, Level level) => (double)spread[level] / spread.Values.Sum();
}
