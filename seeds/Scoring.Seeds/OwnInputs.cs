using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Seeds;

/// <summary>
/// Makes a unit's own inputs so that its regime's own-input steps (hard fails and grades or score, DOMAIN.md §3)
/// give exactly the wanted level, drawn against the regime's parameters. The caps from the children are the
/// planner's business.
/// </summary>
internal sealed class OwnInputs(Random random, AssessmentStyle style, SeedRegime regime)
{
    /// <summary>The criteria of the grade regimes; the ones that are not key are drawn in this order.</summary>
    private static readonly string[] Criteria = ["politics", "organization", "tasks", "oversight"];

    /// <param name="level">The level the own inputs must give.</param>
    /// <param name="ratedChildOrganizations">The unit's rated direct child organizations, which the
    /// affiliates-disciplined share is taken of.</param>
    public Assessment For(Level level, UnitKind kind, int ratedChildOrganizations)
    {
        if (level == Level.NotRated)
        {
            return new Assessment { NotRated = true };
        }

        if (regime.Tsvm is { } tsvm)
        {
            return Tsvm(tsvm, level);
        }

        var failure = level == Level.Khtnv ? PickFailure(ratedChildOrganizations) : Failure.None;
        var affiliates = Affiliates(level, failure, ratedChildOrganizations);
        var assessment = regime.Grades is { } grades
            ? Grades(grades, level, failure, affiliates)
            : Score(regime.Score!, level, failure, kind, affiliates);
        return assessment with
        {
            LeadershipDisciplined = failure == Failure.Leadership,
            Disunity = failure == Failure.Disunity,
            TargetsMetPercent = TargetsMet(level, failure, kind),
            AffiliatesDisciplined = style.Affiliates ? affiliates : null,
        };
    }

    private Assessment Grades(GradeRuleParameters parameters, Level level, Failure failure, int affiliates)
    {
        var keyNames = Criteria.Where(parameters.KeyCriteria.Contains).ToArray();
        var otherNames = Criteria.Where(c => !parameters.KeyCriteria.Contains(c)).ToArray();
        var key = new Grade[keyNames.Length];
        var others = new Grade[otherNames.Length];
        switch (level)
        {
            case Level.Htxsnv:
                Array.Fill(key, Grade.XS);
                FillOthers(others, 0.45, 1.0);
                break;
            case Level.Httnv when affiliates > 0 && parameters.ExcellentNeedsNoDisciplinedAffiliate && random.NextDouble() < 0.5:
                // Grades that meet HTXSNV; the disciplined affiliate keeps the unit at HTTNV.
                Array.Fill(key, Grade.XS);
                FillOthers(others, 0.4, 1.0);
                break;
            case Level.Httnv when random.NextDouble() < 0.25:
                Array.Fill(key, Grade.XS);
                FillOthers(others, 0.3, 0.8);
                others[random.Next(others.Length)] = Grade.TB;
                break;
            case Level.Httnv:
                Array.Fill(key, Grade.T);
                FillOthers(others, 0.15, 0.85);
                break;
            case Level.Htnv:
                Array.Fill(key, Grade.TB);
                FillOthers(others, 0.05, 0.55);
                break;
            default:
                for (var i = 0; i < key.Length; i++)
                {
                    key[i] = random.NextDouble() < 0.6 ? Grade.T : Grade.TB;
                }

                FillOthers(others, 0, 0.6);
                if (failure == Failure.GradeK)
                {
                    var k = random.Next(Criteria.Length);
                    if (k < others.Length)
                    {
                        others[k] = Grade.K;
                    }
                    else
                    {
                        key[k - others.Length] = Grade.K;
                    }
                }

                break;
        }

        var grades = keyNames.Zip(key).Concat(otherNames.Zip(others)).ToDictionary(g => g.First, g => g.Second);
        return new Assessment
        {
            Politics = grades["politics"],
            Organization = grades["organization"],
            Tasks = grades["tasks"],
            Oversight = grades["oversight"],
        };
    }

    private Assessment Score(ScoreRuleParameters parameters, Level level, Failure failure, UnitKind kind, int affiliates)
    {
        var (fewest, most) = kind switch
        {
            UnitKind.Nation or UnitKind.City => (20, 30),
            UnitKind.Upper => (12, 24),
            UnitKind.Grassroots or UnitKind.Partial => (6, 15),
            _ => (3, 8),
        };
        var total = random.Next(fewest, most + 1);
        var minExceeded = Shares.FewestAtLeast(parameters.ExcellentMinExceededShare, total);
        var maxLate = Shares.MostNotAbove(parameters.CompleteMaxLateShare, total);
        var excellent = HalfPoints(parameters.ExcellentMinScore);
        var good = HalfPoints(parameters.GoodMinScore);
        var complete = HalfPoints(parameters.CompleteMinScore);
        int halfPoints;
        int late = 0, unfinished = 0;
        int? exceeded = null;
        switch (level)
        {
            case Level.Htxsnv:
                halfPoints = random.Next(excellent, 199);
                exceeded = random.Next(minExceeded, total + 1);
                break;
            case Level.Httnv when affiliates > 0 && random.NextDouble() < 0.5:
                // Meets HTXSNV on score and tasks; the disciplined affiliate keeps the unit at HTTNV.
                halfPoints = random.Next(excellent, 199);
                exceeded = random.Next(minExceeded, total + 1);
                break;
            case Level.Httnv when random.NextDouble() < 0.15:
                halfPoints = random.Next(excellent, 197);
                exceeded = random.Next(0, minExceeded);
                break;
            case Level.Httnv:
                halfPoints = random.Next(good, excellent);
                break;
            case Level.Htnv when maxLate > 0 && random.NextDouble() < 0.3:
                halfPoints = random.Next(good, 191);
                late = random.Next(1, maxLate + 1);
                break;
            case Level.Htnv:
                halfPoints = random.Next(complete, good);
                late = random.Next(0, maxLate + 1);
                break;
            default:
                halfPoints = random.Next(complete, 171);
                late = random.Next(0, maxLate + 1);
                switch (failure)
                {
                    case Failure.LowScore:
                        halfPoints = random.Next(50, complete);
                        break;
                    case Failure.Unfinished:
                        unfinished = random.Next(1, Math.Max(1, total / 4) + 1);
                        late = Math.Min(late, total - unfinished);
                        break;
                    case Failure.Late:
                        late = Math.Min(total, maxLate + 1 + random.Next(2));
                        break;
                }

                break;
        }

        var onTime = total - late - unfinished;
        var exceededTasks = exceeded ?? random.Next(0, onTime + 1);
        var common = Math.Clamp((3 * halfPoints / 10) + random.Next(-4, 5), Math.Max(0, halfPoints - 140), Math.Min(60, halfPoints));
        return new Assessment
        {
            Score = halfPoints / 2m,
            CommonScore = common / 2m,
            TaskScore = (halfPoints - common) / 2m,
            TasksTotal = total,
            TasksOnTime = onTime,
            TasksExceeded = exceededTasks,
            TasksLate = late,
            TasksUnfinished = unfinished,
        };
    }

    /// <summary>
    /// R2014 reads a score and two flags: TSVM, HTTNV and HTNV come from the score alone; YK from a score below
    /// HTNV's, or from disunity or a member disciplined for corruption over a score that would have passed.
    /// </summary>
    private Assessment Tsvm(TsvmRuleParameters parameters, Level level)
    {
        var top = HalfPoints(parameters.TsvmMinScore);
        var good = HalfPoints(parameters.GoodMinScore);
        var complete = HalfPoints(parameters.CompleteMinScore);
        var failure = Failure.None;
        var halfPoints = level switch
        {
            Level.Htxsnv => random.Next(top, 199),
            Level.Httnv => random.Next(good, top),
            Level.Htnv => random.Next(complete, good),
            _ => 0,
        };
        if (level == Level.Khtnv)
        {
            var u = random.NextDouble();
            failure = u switch
            {
                < 0.6 => Failure.LowScore,
                < 0.8 => Failure.Disunity,
                _ => Failure.Corruption,
            };
            halfPoints = failure == Failure.LowScore ? random.Next(50, complete) : random.Next(complete, 171);
        }

        return new Assessment
        {
            Score = halfPoints / 2m,
            Disunity = failure == Failure.Disunity,
            CorruptionDisciplined = failure == Failure.Corruption,
        };
    }

    /// <summary>
    /// Each unit answers for a handful of the program's targets (the city's program had 14), so the share met is
    /// a fraction such as 13 of 14.
    /// </summary>
    private decimal TargetsMet(Level level, Failure failure, UnitKind kind)
    {
        var targets = kind switch
        {
            UnitKind.Nation or UnitKind.City or UnitKind.Upper => 14,
            UnitKind.Grassroots or UnitKind.Partial => 10,
            _ => 5,
        };
        var fewestMet = Enumerable.Range(0, targets + 1).First(met => PercentMet(met, targets) >= regime.TargetsMetMinPercent);
        var met = level switch
        {
            Level.Htxsnv => targets - random.Next(2),
            Level.Httnv => targets - random.Next(3),
            _ when failure == Failure.TargetsNotMet => random.Next(targets / 4, fewestMet),
            _ => random.Next(fewestMet, targets),
        };
        return PercentMet(met, targets);
    }

    private static decimal PercentMet(int met, int targets) => Math.Round(100m * met / targets, 1);

    /// <summary>Scores are drawn in half points; this is the fewest that reach <paramref name="minScore"/>.</summary>
    private static int HalfPoints(decimal minScore) => (int)Math.Ceiling(2 * minScore);

    /// <summary>Disciplined affiliates, never more than the regime's share of the rated child organizations unless that is the failure.</summary>
    private int Affiliates(Level level, Failure failure, int ratedChildOrganizations)
    {
        var allowed = regime.AffiliatesMaxShare is { } share
            ? Shares.MostNotAbove(share, ratedChildOrganizations)
            : ratedChildOrganizations;
        return level switch
        {
            _ when !style.Affiliates => 0,
            _ when failure == Failure.Affiliates => allowed + 1,
            Level.Htxsnv => 0,
            Level.Httnv when allowed > 0 && random.NextDouble() < 0.12 => 1,
            Level.Htnv or Level.Khtnv when allowed > 0 && random.NextDouble() < 0.25 => random.Next(1, allowed + 1),
            _ => 0,
        };
    }

    private Failure PickFailure(int ratedChildOrganizations)
    {
        var grades = regime.Grades is not null;
        var u = random.NextDouble();
        var failure = grades
            ? u switch
            {
                < 0.50 => Failure.GradeK,
                < 0.65 => Failure.Disunity,
                < 0.80 => Failure.Leadership,
                < 0.95 => Failure.TargetsNotMet,
                _ => Failure.Affiliates,
            }
            : u switch
            {
                < 0.35 => Failure.LowScore,
                < 0.55 => Failure.Unfinished,
                < 0.65 => Failure.Late,
                < 0.75 => Failure.Disunity,
                < 0.85 => Failure.Leadership,
                < 0.95 => Failure.TargetsNotMet,
                _ => Failure.Affiliates,
            };
        return failure == Failure.Affiliates && (regime.AffiliatesMaxShare is null || ratedChildOrganizations == 0)
            ? grades ? Failure.GradeK : Failure.LowScore
            : failure;
    }

    private void FillOthers(Grade[] others, double excellent, double goodOrBetter)
    {
        for (var i = 0; i < others.Length; i++)
        {
            var u = random.NextDouble();
            others[i] = u < excellent ? Grade.XS : u < goodOrBetter ? Grade.T : Grade.TB;
        }
    }

    private enum Failure
    {
        None,
        GradeK,
        LowScore,
        Unfinished,
        Late,
        Disunity,
        Leadership,
        TargetsNotMet,
        Affiliates,
        Corruption,
    }
}
