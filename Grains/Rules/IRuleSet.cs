using Scoring.GrainInterfaces;

namespace Scoring.Grains.Rules;

/// <summary>One regime of DOMAIN.md §3: the pure function from a unit's inputs and its children to a level.</summary>
public interface IRuleSet
{
    /// <summary>The regime's name, such as <c>R2025</c>.</summary>
    string Name { get; }

    /// <summary>What the regime calls the ranks of <see cref="Level"/>: TSVM and YK under R2014, HTXSNV and KHTNV since.</summary>
    LevelNames Names { get; }

    /// <summary>The assessments.csv columns a rated row must fill under this regime.</summary>
    IReadOnlySet<string> RequiredColumns { get; }

    /// <summary>The share of HTTNV+ that may be HTXSNV in one group (DOMAIN.md §5); null where the regime has no quota.</summary>
    decimal? ExcellentQuotaShare { get; }

    /// <summary>How many of a tally are "clean and strong" (DOMAIN.md §2) under this regime.</summary>
    int CleanStrong(LevelTally tally);

    /// <summary>Rates a unit that has an assessment; every step that sets or lowers the level adds a reason.</summary>
    Rating Rate(Assessment assessment, ChildLevels children);
}
