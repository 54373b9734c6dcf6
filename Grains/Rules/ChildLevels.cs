using Scoring.GrainInterfaces;

namespace Scoring.Grains.Rules;

/// <summary>
/// The rated children of a unit by level (DOMAIN.md §9): pending and not-rated children are already left out,
/// so every share the caps take is over <see cref="Rated"/>.
/// </summary>
public sealed record ChildLevels(ChildSource Source, int Khtnv, int Htnv, int Httnv, int Htxsnv)
{
    public static ChildLevels None { get; } = new(ChildSource.Organizations, 0, 0, 0, 0);

    public int Rated => Khtnv + Htnv + Httnv + Htxsnv;

    public int HtnvPlus => Htnv + Httnv + Htxsnv;

    public int HttnvPlus => Httnv + Htxsnv;

    /// <summary>The rated direct child organizations, which the "affiliates disciplined" share is taken of.</summary>
    public int RatedOrganizations => Source == ChildSource.Organizations ? Rated : 0;

    public static ChildLevels FromOrganizations(LevelTally direct) =>
        new(ChildSource.Organizations, direct.Khtnv, direct.Htnv, direct.Httnv, direct.Htxsnv);

    public static ChildLevels FromMembers(MemberTally members) =>
        new(ChildSource.Members, members.Khtnv, members.Htnv, members.Httnv, members.Htxsnv);
}
