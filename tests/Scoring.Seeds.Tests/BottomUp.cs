using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Seeds.Tests;

/// <summary>
/// A from-scratch rating of a generated year: each unit is rated by its year's regime from its own inputs and the
/// final levels of its children (or its member tally), children first.
/// </summary>
internal static class BottomUp
{
    public static Level[] Rate(SeedYear year)
    {
        var rules = RuleSets.ForYear(year.Year);
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
}
