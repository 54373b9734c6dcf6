using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Seeds.Tests;

/// <summary>The row consistency rules of DOMAIN.md §8, which the import rejects a file for.</summary>
public sealed class RowConsistencyTests
{
    [Theory]
    [MemberData(nameof(Years.Checked), MemberType = typeof(Years))]
    public void Every_unit_has_exactly_one_assessment_row(SeedScale scale, int year)
    {
        var generated = Generated.Year(scale, year);

        Assert.Equal(generated.Units.Select(u => u.Id), generated.Assessments.Select(a => a.Unit));
    }

    [Theory]
    [MemberData(nameof(Years.Checked), MemberType = typeof(Years))]
    public void Rated_rows_fill_every_column_their_regime_requires(SeedScale scale, int year)
    {
        var generated = Generated.Year(scale, year);
        var required = RuleSets.ForYear(year).RequiredColumns;

        Assert.All(generated.Assessments.Where(a => !a.Assessment.NotRated), row =>
            Assert.All(required, column => Assert.True(Filled(row.Assessment, column), $"{row.Unit} fills {column}")));
    }

    [Theory]
    [MemberData(nameof(Years.Checked), MemberType = typeof(Years))]
    public void Not_rated_rows_fill_nothing_else(SeedScale scale, int year)
    {
        var notRated = Generated.Year(scale, year).Assessments.Where(a => a.Assessment.NotRated).ToArray();

        Assert.All(notRated, row => Assert.Equal(new Assessment { NotRated = true }, row.Assessment));
        Assert.All(notRated, row => Assert.Equal(Level.NotRated, row.ExpectedLevel));
    }

    [Theory]
    [MemberData(nameof(Years.Checked), MemberType = typeof(Years))]
    public void Task_counts_and_scores_add_up(SeedScale scale, int year)
    {
        var assessments = Generated.Year(scale, year).Assessments.Select(a => a.Assessment).ToArray();

        Assert.All(assessments.Where(a => a.TasksTotal is not null), a =>
        {
            Assert.Equal(a.TasksTotal, a.TasksOnTime + a.TasksLate + a.TasksUnfinished);
            Assert.InRange(a.TasksExceeded!.Value, 0, a.TasksOnTime!.Value);
            Assert.True(a.TasksLate >= 0 && a.TasksUnfinished >= 0);
        });
        Assert.All(assessments.Where(a => a.Score is not null), a => Assert.InRange(a.Score!.Value, 0m, 100m));
        // R2025 writes the score's two parts; R2014 has a score alone.
        Assert.All(assessments.Where(a => a.CommonScore is not null || a.TaskScore is not null), a =>
        {
            Assert.InRange(a.CommonScore!.Value, 0m, 30m);
            Assert.InRange(a.TaskScore!.Value, 0m, 70m);
            Assert.Equal(a.Score, a.CommonScore + a.TaskScore);
        });
        Assert.All(assessments.Where(a => a.TargetsMetPercent is not null), a => Assert.InRange(a.TargetsMetPercent!.Value, 0m, 100m));
    }

    [Theory]
    [MemberData(nameof(Years.Checked), MemberType = typeof(Years))]
    public void Disciplined_affiliates_are_at_most_the_direct_child_organizations(SeedScale scale, int year)
    {
        var generated = Generated.Year(scale, year);
        var childOrganizations = generated.Units.Where(u => u.Parent is not null).CountBy(u => u.Parent!.Value).ToDictionary();

        Assert.All(generated.Assessments.Where(a => a.Assessment.AffiliatesDisciplined is not null), row =>
            Assert.InRange(row.Assessment.AffiliatesDisciplined!.Value, 0, childOrganizations.GetValueOrDefault(row.Unit)));
    }

    [Theory]
    [MemberData(nameof(Years.Checked), MemberType = typeof(Years))]
    public void Member_rows_belong_to_units_without_child_organizations_and_are_consistent(SeedScale scale, int year)
    {
        var generated = Generated.Year(scale, year);
        var parents = generated.Units.Where(u => u.Parent is not null).Select(u => u.Parent!.Value).ToHashSet();

        Assert.Equal(generated.Units.Select(u => u.Id).Where(id => !parents.Contains(id)), generated.Members.Select(m => m.Unit));
        Assert.All(generated.Members, row =>
        {
            var m = row.Members;
            Assert.True(m.Htxsnv >= 0 && m.Httnv >= 0 && m.Htnv >= 0 && m.Khtnv >= 0 && m.NotRated >= 0, $"{row.Unit} counts");
            Assert.InRange(m.Disciplined, 0, m.Khtnv);
            Assert.True(m.Total >= 3, $"{row.Unit} has at least three members");
        });
    }

    [Theory]
    [MemberData(nameof(Years.Checked), MemberType = typeof(Years))]
    public void Each_grassroots_organization_keeps_the_member_quota(SeedScale scale, int year)
    {
        var generated = Generated.Year(scale, year);
        var units = generated.Units.ToDictionary(u => u.Id);

        var perGrassroots = generated.Members
            .GroupBy(m => units[m.Unit] is { Kind: UnitKind.Grassroots } unit ? unit.Id : units[m.Unit].Parent!.Value)
            .Select(g => (Unit: g.Key, Members: g.Aggregate(MemberTally.Empty, (sum, m) => sum.Plus(m.Members))));

        Assert.All(perGrassroots, g => Assert.True(
            g.Members.Htxsnv <= g.Members.HttnvPlus / 5, $"{g.Unit}: {g.Members.Htxsnv} HTXSNV of {g.Members.HttnvPlus} HTTNV+"));
    }

    private static bool Filled(Assessment a, string column) => column switch
    {
        "score" => a.Score is not null,
        "common_score" => a.CommonScore is not null,
        "task_score" => a.TaskScore is not null,
        "tasks_total" => a.TasksTotal is not null,
        "tasks_on_time" => a.TasksOnTime is not null,
        "tasks_exceeded" => a.TasksExceeded is not null,
        "tasks_late" => a.TasksLate is not null,
        "tasks_unfinished" => a.TasksUnfinished is not null,
        "politics" => a.Politics is not null,
        "organization" => a.Organization is not null,
        "tasks" => a.Tasks is not null,
        "oversight" => a.Oversight is not null,
        "leadership_disciplined" => a.LeadershipDisciplined is not null,
        "affiliates_disciplined" => a.AffiliatesDisciplined is not null,
        "disunity" => a.Disunity is not null,
        "targets_met_percent" => a.TargetsMetPercent is not null,
        "corruption_disciplined" => a.CorruptionDisciplined is not null,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };
}
