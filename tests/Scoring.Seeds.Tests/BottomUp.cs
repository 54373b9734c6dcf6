using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Seeds.Tests;

/// <summary>
/// A from-scratch rating of a generated year: each unit is rated by a regime from its own inputs and the final
/// levels of its children (or its member tally), children first.
/// </summary>
internal static class BottomUp
{
    /// <summary>Rates the year by the regime <see cref="RuleSets.ForYear"/> picks for it.</summary>
    public static Level[] Rate(SeedYear year) => Rate(year, RuleSets.ForYear(year.Year));

    public static Level[] Rate(SeedYear year, IRuleSet rules)
    {
        var index = year.Units.Select((u, i) => (u.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var children = year.Units.Select(_ => new List<int>()).ToArray();
        foreach (var unit in year.Units)
        {
            if (unit.Parent is { } parent)
            {
                children[index[parent]].Add(index[unit.Id]);
            }
        }

        var members = year.Members.ToDictionary(m => m.Unit, m => m.Members);
        var levels = new Level[year.Units.Count];
        for (var i = year.Units.Count - 1; i >= 0; i--)
        {
            var of = children[i].Count > 0
                ? ChildLevels.FromOrganizations(children[i].Aggregate(LevelTally.Empty, (tally, c) => tally.Add(levels[c])))
                : members.TryGetValue(year.Units[i].Id, out var tally) ? ChildLevels.FromMembers(tally) : ChildLevels.None;
            levels[i] = rules.Rate(year.Assessments[i].Assessment, of).Level;
        }

        return levels;
    }

    /// <summary>Every unit whose rating by <paramref name="rules"/> is not the level it was generated for.</summary>
    public static string[] Mismatches(SeedYear year, IRuleSet rules)
    {
        var rated = Rate(year, rules);
        return year.Assessments
            .Select((row, i) => (row.Unit, row.ExpectedLevel, Rated: rated[i]))
            .Where(x => x.ExpectedLevel != x.Rated)
            .Select(x => $"{x.Unit}: expected {x.ExpectedLevel.ToCode()}, rated {x.Rated.ToCode()}")
            .ToArray();
    }
}
