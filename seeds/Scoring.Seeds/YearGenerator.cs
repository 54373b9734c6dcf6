using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Seeds;

/// <summary>
/// Makes one year's inputs over a <see cref="SeedTree"/>, top down: each unit's final level is decided first
/// (by its parent), then the unit's own inputs and its children's levels are drawn so that the regime's own
/// steps and caps (DOMAIN.md §3) give exactly that level. Planning top down is what keeps the spreads realistic:
/// KHTNV children appear only under parents that are planned HTNV or KHTNV, so they cluster instead of capping
/// every level above them.
/// </summary>
internal sealed class YearGenerator
{
    /// <summary>How often a yearly draw reuses the unit's stable standing: units keep roughly their level.</summary>
    private const double Persistence = 0.5;

    private const double MixedKhtnvOddsForMembers = 0.06;
    private const double MixedKhtnvOddsForOrganizations = 0.12;
    private const double AnyKhtnvOdds = 0.2;
    private const double DisciplinedOdds = 0.35;

    /// <summary>
    /// The member quota of DOMAIN.md §5: HTXSNV at most this share of HTTNV+. No regime has it as a parameter
    /// yet, so it is kept here.
    /// </summary>
    private const decimal MemberQuotaShare = 0.2m;

    private readonly Random _random;
    private readonly IReadOnlyList<SeedNode> _nodes;
    private readonly OwnInputs _inputs;
    private readonly ChildrenCapParameters _caps;
    private readonly SeedRegime _regime;
    private readonly Level[] _levels;

    private YearGenerator(SeedTree tree, Random random, AssessmentStyle style, SeedRegime regime)
    {
        _random = random;
        _nodes = tree.Nodes;
        _inputs = new OwnInputs(random, style, regime);
        _caps = regime.Caps;
        _regime = regime;
        _levels = new Level[_nodes.Count];
    }

    /// <summary>Generates <paramref name="year"/> for rating under <paramref name="regime"/>.</summary>
    public static SeedYear Generate(SeedTree tree, int seed, int year, SeedRegime regime)
    {
        var style = AssessmentStyle.Of(regime);
        var generator = new YearGenerator(tree, new Random(YearSeed(seed, year)), style, regime);
        var (assessments, members) = generator.Plan();
        var units = tree.Nodes
            .Select(n => new UnitRecord(
                new UnitId(n.Id), n.Parent < 0 ? null : new UnitId(tree.Nodes[n.Parent].Id), n.Kind, n.Name))
            .ToArray();
        return new SeedYear(year, regime.Rules.Name, style.Columns, units, assessments, members);
    }

    /// <summary>Mixes the year into the seed with a large odd multiplier, so nearby years get unrelated streams.</summary>
    private static int YearSeed(int seed, int year) => unchecked(seed ^ (year * -1640531535));

    private (AssessmentRow[] Assessments, List<MemberRow> Members) Plan()
    {
        var assessments = new AssessmentRow[_nodes.Count];
        var members = new List<MemberRow>();
        _levels[0] = LevelOdds.City.Pick(Draw(_nodes[0].Standing));
        foreach (var node in _nodes)
        {
            var target = _levels[node.Index];
            Assessment assessment;
            if (node.HasMembers)
            {
                var (own, tally) = PlanMembers(node, target);
                members.Add(new MemberRow(new UnitId(node.Id), tally));
                assessment = _inputs.For(own, node.Kind, 0);
            }
            else
            {
                var (own, rated) = PlanChildren(node, target);
                assessment = _inputs.For(own, node.Kind, rated);
            }

            assessments[node.Index] = new AssessmentRow(new UnitId(node.Id), assessment, target);
        }

        return (assessments, members);
    }

    /// <summary>Sets the levels of the unit's child organizations; returns its own level and its rated children.</summary>
    private (Level Own, int Rated) PlanChildren(SeedNode node, Level target)
    {
        var odds = LevelOdds.Of(_nodes[node.Children[0]].Kind);
        var rated = new List<int>(node.Children.Count);
        foreach (var child in node.Children)
        {
            if (_random.NextDouble() < odds.NotRated)
            {
                _levels[child] = Level.NotRated;
            }
            else
            {
                rated.Add(child);
            }
        }

        var (own, plan) = ChoosePlan(target, rated.Count, members: false);
        var levels = DrawLevels(plan, odds, rated.Count, rated.Select(c => _nodes[c].Standing).ToArray());
        for (var i = 0; i < rated.Count; i++)
        {
            _levels[rated[i]] = levels[i];
        }

        return (own, rated.Count);
    }

    private (Level Own, MemberTally Tally) PlanMembers(SeedNode node, Level target)
    {
        var notRated = Binomial(node.Members, LevelOdds.Member.NotRated);
        var rated = node.Members - notRated;
        var (own, plan) = ChoosePlan(target, rated, members: true);
        var levels = DrawLevels(plan, LevelOdds.Member, rated, standings: null);
        int excellent = 0, good = 0, complete = 0, failing = 0;
        foreach (var level in levels)
        {
            switch (level)
            {
                case Level.Htxsnv: excellent++; break;
                case Level.Httnv: good++; break;
                case Level.Htnv: complete++; break;
                default: failing++; break;
            }
        }

        // Holding the member quota in every unit holds it in every grassroots organization, and moving HTXSNV to
        // HTTNV changes no cap.
        var quota = Shares.MostNotAbove(MemberQuotaShare, excellent + good);
        if (excellent > quota)
        {
            good += excellent - quota;
            excellent = quota;
        }

        var tally = new MemberTally(excellent, good, complete, failing, notRated, Binomial(failing, DisciplinedOdds));
        return (own, tally);
    }

    /// <summary>The unit's own level and what its children must look like for the caps to end at the target.</summary>
    private (Level Own, ChildrenPlan Plan) ChoosePlan(Level target, int rated, bool members) => target switch
    {
        Level.NotRated => (Level.NotRated, ChildrenPlan.Good),
        Level.Htxsnv => (Level.Htxsnv, ChildrenPlan.Excellent),
        // Only a unit with few children is capped at HTTNV by them: with many, missing the HTXSNV share would take
        // many HTNV children.
        Level.Httnv when !members && rated <= 10 && CanBeGoodNotExcellent(rated) && _random.NextDouble() < 0.1 =>
            (Level.Htxsnv, ChildrenPlan.GoodNotExcellent),
        Level.Httnv => (Level.Httnv, ChildrenPlan.Good),
        Level.Htnv when FewestFailingBelowGood(rated) <= MostFailingAllowed(rated, members)
            && _random.NextDouble() < (members ? 0.75 : 0.6) =>
            (_random.NextDouble() < 0.8 ? Level.Httnv : Level.Htxsnv, ChildrenPlan.SomeFailing),
        Level.Htnv => (Level.Htnv, ChildrenPlan.Mixed),
        Level.Khtnv when rated >= 1 && _random.NextDouble() < 0.35 =>
            (_random.NextDouble() < 0.5 ? Level.Httnv : Level.Htnv, ChildrenPlan.Failing),
        _ => (Level.Khtnv, ChildrenPlan.Any),
    };

    /// <summary>
    /// Levels for rated children meeting <paramref name="plan"/>. Organizations are ranked by a draw that leans on
    /// their standing (so the same ones tend to do well or badly every year) and spread over the odds by rank, so
    /// every year's shares sit close to the odds; the worst ranked are the KHTNV ones. Members are drawn apart.
    /// </summary>
    private Level[] DrawLevels(ChildrenPlan plan, LevelOdds odds, int count, IReadOnlyList<double>? standings)
    {
        var failing = FailingCount(plan, count, members: standings is null);
        var worstFirst = standings is null
            ? Enumerable.Range(0, count).ToArray()
            : standings
                .Select((standing, i) => (Index: i, Badness: Draw(standing)))
                .OrderByDescending(c => c.Badness)
                .ThenBy(c => c.Index)
                .Select(c => c.Index)
                .ToArray();
        // A year is a little better or worse for all the children of one parent.
        var climate = standings is null ? 0 : (_random.NextDouble() - 0.5) * 0.08;
        var levels = new Level[count];
        for (var rank = 0; rank < count; rank++)
        {
            var u = standings is null ? _random.NextDouble() : climate + (count - 1 - rank + _random.NextDouble()) / count;
            levels[worstFirst[rank]] = rank < failing ? Level.Khtnv : odds.Pick(u);
        }

        switch (plan)
        {
            case ChildrenPlan.Excellent:
                Raise(levels, FewestGoodForExcellent(count));
                break;
            case ChildrenPlan.Good:
                Raise(levels, FewestGoodForGood(count));
                break;
            case ChildrenPlan.GoodNotExcellent:
                Raise(levels, FewestGoodForGood(count));
                Lower(levels, FewestGoodForExcellent(count) - 1);
                break;
        }

        return levels;
    }

    /// <summary>
    /// How many children are KHTNV. Organizations that fail gather under the few parents planned HTNV, so those
    /// parents take more of them than members take in a cell.
    /// </summary>
    private int FailingCount(ChildrenPlan plan, int count, bool members) => plan switch
    {
        ChildrenPlan.SomeFailing => _random.Next(
            members ? FewestFailingBelowGood(count) : Math.Max(FewestFailingBelowGood(count), count / 10),
            MostFailingAllowed(count, members) + 1),
        ChildrenPlan.Mixed => Math.Min(
            MostFailingAllowed(count, members), Binomial(count, members ? MixedKhtnvOddsForMembers : MixedKhtnvOddsForOrganizations)),
        ChildrenPlan.Failing => Math.Min(count, MostFailingAllowed(count, members) + 1 + _random.Next(0, 1 + count / 10)),
        ChildrenPlan.Any => Binomial(count, AnyKhtnvOdds),
        _ => 0,
    };

    /// <summary>Turns HTNV children into HTTNV until at least <paramref name="minimum"/> are HTTNV or above.</summary>
    private void Raise(Level[] levels, int minimum)
    {
        var candidates = Indices(levels, l => l == Level.Htnv);
        for (var good = levels.Count(l => l >= Level.Httnv); good < minimum; good++)
        {
            levels[Take(candidates)] = Level.Httnv;
        }
    }

    /// <summary>Turns HTTNV-or-above children into HTNV until at most <paramref name="maximum"/> are left.</summary>
    private void Lower(Level[] levels, int maximum)
    {
        var candidates = Indices(levels, l => l >= Level.Httnv);
        for (var good = candidates.Count; good > maximum; good--)
        {
            levels[Take(candidates)] = Level.Htnv;
        }
    }

    private static List<int> Indices(Level[] levels, Func<Level, bool> predicate) =>
        Enumerable.Range(0, levels.Length).Where(i => predicate(levels[i])).ToList();

    private int Take(List<int> candidates)
    {
        var at = _random.Next(candidates.Count);
        var index = candidates[at];
        candidates[at] = candidates[^1];
        candidates.RemoveAt(candidates.Count - 1);
        return index;
    }

    /// <summary>The fewest HTTNV-or-above children that let the unit stay HTXSNV.</summary>
    private int FewestGoodForExcellent(int count) => Shares.FewestAtLeast(_caps.ExcellentMinHttnvPlusShare, count);

    /// <summary>The fewest HTTNV-or-above children that let the unit stay HTTNV.</summary>
    private int FewestGoodForGood(int count) => Shares.FewestAtLeast(_caps.GoodMinHttnvPlusShare, count);

    /// <summary>Whether some number of HTTNV-or-above children lets the unit stay HTTNV but not HTXSNV.</summary>
    private bool CanBeGoodNotExcellent(int count) => FewestGoodForGood(count) < FewestGoodForExcellent(count);

    /// <summary>The most KHTNV children that do not make the unit KHTNV.</summary>
    private int MostFailingAllowed(int count, bool members) => _regime.MostFailingAllowed(count, members);

    /// <summary>
    /// The fewest KHTNV children (the rest HTNV or above) that keep the unit below HTTNV, which also keeps it below
    /// HTXSNV as long as HTXSNV asks at least the HTNV-or-above share HTTNV does.
    /// </summary>
    private int FewestFailingBelowGood(int count) => count - Shares.FewestAtLeast(_caps.GoodMinHtnvPlusShare, count) + 1;

    private double Draw(double standing) => _random.NextDouble() < Persistence ? standing : _random.NextDouble();

    private int Binomial(int trials, double odds)
    {
        var hits = 0;
        for (var i = 0; i < trials; i++)
        {
            if (_random.NextDouble() < odds)
            {
                hits++;
            }
        }

        return hits;
    }
}
