using Scoring.GrainInterfaces;
using static Scoring.Grains.Tests.Trees;

namespace Scoring.Grains.Tests;

/// <summary>
/// A small hand-built year whose results are worked out by hand below:
/// <code>
/// HN city                      own HTXSNV                                  → HTXSNV
/// ├─ U1 upper                  own HTXSNV; G1 HTTNV, G2 HTXSNV             → HTXSNV
/// │  ├─ G1 grassroots          own HTXSNV; C1 HTXSNV, C2 HTNV (50% HTTNV+) → HTTNV
/// │  │  ├─ C1 cell             own HTXSNV; members 2/6/2/0, 1 not rated    → HTXSNV
/// │  │  └─ C2 cell             own HTTNV;  members 0/3/2/1, 1 disciplined  → HTNV (not 100% HTNV+)
/// │  └─ G2 grassroots (chi bộ cơ sở) own HTXSNV; members 1/4/0/0, 2 n.r.  → HTXSNV
/// └─ U2 upper                  own HTXSNV; G3 HTTNV, G4 PENDING left out   → HTXSNV
///    ├─ G3 grassroots          own HTTNV; P1 HTNV, C5 HTXSNV, C4 left out  → HTTNV
///    │  ├─ C4 cell             NOT_RATED; members 0/2/0/0, 3 not rated     → NOT_RATED
///    │  ├─ C5 cell             own HTXSNV; members 3/2/0/0                 → HTXSNV
///    │  └─ P1 partial          own HTTNV; C3 HTNV (0% HTTNV+)              → HTNV
///    │     └─ C3 cell          own HTNV;  members 0/1/3/0                  → HTNV
///    └─ G4 grassroots          no assessment                               → PENDING
///       └─ C6 cell             own HTTNV; members 0/4/1/0 (80% HTTNV+)     → HTTNV
/// </code>
/// Member tallies read HTXSNV/HTTNV/HTNV/KHTNV. The levels are the same under R2023 (2024) and R2025 (2025); in
/// 2025 C6 gives its score as common 25 + task 55 and leaves <c>score</c> empty.
/// </summary>
internal sealed record SampleYear(
    int Year,
    IReadOnlyList<UnitRecord> Units,
    IReadOnlyDictionary<UnitId, Assessment> Assessments,
    IReadOnlyDictionary<UnitId, MemberTally> Members)
{
    public static IReadOnlyDictionary<string, Level> ExpectedLevels { get; } = new Dictionary<string, Level>
    {
        ["HN"] = Level.Htxsnv,
        ["U1"] = Level.Htxsnv,
        ["U2"] = Level.Htxsnv,
        ["G1"] = Level.Httnv,
        ["G2"] = Level.Htxsnv,
        ["G3"] = Level.Httnv,
        ["G4"] = Level.Pending,
        ["C1"] = Level.Htxsnv,
        ["C2"] = Level.Htnv,
        ["C3"] = Level.Htnv,
        ["C4"] = Level.NotRated,
        ["C5"] = Level.Htxsnv,
        ["C6"] = Level.Httnv,
        ["P1"] = Level.Htnv,
    };

    public static SampleYear For(int year)
    {
        // Listed out of tree order on purpose: nothing may depend on the order of units.csv.
        UnitRecord[] units =
        [
            Unit("C6", "G4", UnitKind.Cell),
            Unit("G3", "U2", UnitKind.Grassroots),
            Unit("HN", null, UnitKind.City),
            Unit("C2", "G1", UnitKind.Cell),
            Unit("U2", "HN", UnitKind.Upper),
            Unit("C1", "G1", UnitKind.Cell),
            Unit("G1", "U1", UnitKind.Grassroots),
            Unit("C3", "P1", UnitKind.Cell),
            Unit("U1", "HN", UnitKind.Upper),
            Unit("G2", "U1", UnitKind.Grassroots),
            Unit("P1", "G3", UnitKind.Partial),
            Unit("C5", "G3", UnitKind.Cell),
            Unit("C4", "G3", UnitKind.Cell),
            Unit("G4", "U2", UnitKind.Grassroots),
        ];

        var c6 = Own(year, Level.Httnv);
        if (c6.Score is not null)
        {
            c6 = c6 with { Score = null, CommonScore = 25m, TaskScore = 55m };
        }

        var assessments = new Dictionary<UnitId, Assessment>
        {
            [Id("HN")] = Own(year, Level.Htxsnv),
            [Id("U1")] = Own(year, Level.Htxsnv),
            [Id("U2")] = Own(year, Level.Htxsnv),
            [Id("G1")] = Own(year, Level.Htxsnv),
            [Id("G2")] = Own(year, Level.Htxsnv),
            [Id("G3")] = Own(year, Level.Httnv),
            [Id("C1")] = Own(year, Level.Htxsnv),
            [Id("C2")] = Own(year, Level.Httnv),
            [Id("C3")] = Own(year, Level.Htnv),
            [Id("C4")] = Own(year, Level.NotRated),
            [Id("C5")] = Own(year, Level.Htxsnv),
            [Id("C6")] = c6,
            [Id("P1")] = Own(year, Level.Httnv),
        };

        var members = new Dictionary<UnitId, MemberTally>
        {
            [Id("C1")] = Trees.Members(htxsnv: 2, httnv: 6, htnv: 2, notRated: 1),
            [Id("C2")] = Trees.Members(httnv: 3, htnv: 2, khtnv: 1, disciplined: 1),
            [Id("G2")] = Trees.Members(htxsnv: 1, httnv: 4, notRated: 2),
            [Id("C3")] = Trees.Members(httnv: 1, htnv: 3),
            [Id("C4")] = Trees.Members(httnv: 2, notRated: 3),
            [Id("C5")] = Trees.Members(htxsnv: 3, httnv: 2),
            [Id("C6")] = Trees.Members(httnv: 4, htnv: 1),
        };

        return new SampleYear(year, units, assessments, members);
    }

    /// <summary>Every input of the year as the mail a Gateway or an import would send.</summary>
    public IEnumerable<(UnitId To, GrainMessage Message)> Commands() =>
        Assessments.Select(a => (a.Key, (GrainMessage)new AssessmentSubmitted(a.Value)))
            .Concat(Members.Select(m => (m.Key, (GrainMessage)new MembersSubmitted(m.Value))));
}
