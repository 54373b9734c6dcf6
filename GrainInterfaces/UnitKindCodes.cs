namespace Scoring.GrainInterfaces;

/// <summary>The lower-case codes the CSV contract and the API use for <see cref="UnitKind"/>.</summary>
public static class UnitKindCodes
{
    private static readonly UnitKind[] Kinds = Enum.GetValues<UnitKind>();

    /// <summary>The kinds that appear below a city, in the order reports list them.</summary>
    public static IReadOnlyList<UnitKind> Reported { get; } =
        [UnitKind.Upper, UnitKind.Grassroots, UnitKind.Partial, UnitKind.Cell];

    /// <summary>The kinds a report lists for <paramref name="tallies"/>: cities too when there are any (a nation's).</summary>
    public static IReadOnlyList<UnitKind> ReportedIn(KindTallies tallies) =>
        tallies.City is null ? Reported : [UnitKind.City, .. Reported];

    public static string ToCode(this UnitKind kind) => kind switch
    {
        UnitKind.Nation => "nation",
        UnitKind.City => "city",
        UnitKind.Upper => "upper",
        UnitKind.Grassroots => "grassroots",
        UnitKind.Partial => "partial",
        UnitKind.Cell => "cell",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string code, out UnitKind kind)
    {
        foreach (var candidate in Kinds)
        {
            if (candidate.ToCode() == code)
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
