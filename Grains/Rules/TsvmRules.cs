using Scoring.GrainInterfaces;

namespace Scoring.Grains.Rules;

/// <summary>
/// The TSVM regime R2014 (DOMAIN.md §3), for 2014–2017: a score out of 100 gives TSVM, HTTNV, HTNV or YK
/// (yếu kém); disunity or a member disciplined for corruption makes the unit YK, and so do too many YK child
/// organizations (a đảng bộ) or KHTNV members (a chi bộ). The caps of the later regimes do not apply. Levels are
/// the ranks of <see cref="Level"/>: TSVM is <see cref="Level.Htxsnv"/>'s rank and YK <see cref="Level.Khtnv"/>'s.
/// </summary>
public sealed class TsvmRules(TsvmRuleParameters parameters) : IRuleSet
{
    public string Name => parameters.Name;

    public LevelNames Names => LevelNames.R2014;

    /// <summary>R2014 has no quota of excellent ratings.</summary>
    public decimal? ExcellentQuotaShare => null;

    /// <summary>Up to 2017 "clean and strong" is a level of its own: TSVM, kept in the top slot.</summary>
    public int CleanStrong(LevelTally tally) => tally.Htxsnv;

    public IReadOnlySet<string> RequiredColumns { get; } = new HashSet<string>(["score", "disunity", "corruption_disciplined"]);

    public Rating Rate(Assessment assessment, ChildLevels children) =>
        EvaluationOrder.Rate(
            assessment,
            reasons => HardFails(assessment, reasons),
            reasons => OwnLevel(assessment, reasons),
            (level, reasons) => ChildrenCap(level, children, reasons));

    private static void HardFails(Assessment assessment, List<Reason> reasons)
    {
        if (assessment.Disunity == true)
        {
            reasons.Add(new Reason(ReasonCodes.Disunity, "Disunity was concluded in the leadership: YK."));
        }

        if (assessment.CorruptionDisciplined == true)
        {
            reasons.Add(new Reason(
                ReasonCodes.CorruptionDisciplined, "A member was disciplined for corruption or degeneration: YK."));
        }
    }

    private Level OwnLevel(Assessment assessment, List<Reason> reasons)
    {
        var score = assessment.TotalScore
            ?? throw new InvalidOperationException("The assessment has no score; the import should have rejected it.");
        var scoreText = $"Score {score:0.##}";
        var (level, sentence) = score switch
        {
            _ when score >= parameters.TsvmMinScore =>
                (Level.Htxsnv, $"{scoreText} ≥ {parameters.TsvmMinScore:0.##}: TSVM."),
            _ when score >= parameters.GoodMinScore =>
                (Level.Httnv, $"{scoreText} ≥ {parameters.GoodMinScore:0.##}: HTTNV; TSVM needs a score of {parameters.TsvmMinScore:0.##}."),
            _ when score >= parameters.CompleteMinScore =>
                (Level.Htnv, $"{scoreText} ≥ {parameters.CompleteMinScore:0.##}: HTNV; HTTNV needs a score of {parameters.GoodMinScore:0.##}."),
            _ => (Level.Khtnv, $"{scoreText} is below {parameters.CompleteMinScore:0.##}: YK."),
        };
        reasons.Add(new Reason(ReasonCodes.OwnInputs, sentence));
        return level;
    }

    /// <summary>Step 4: a đảng bộ's child organizations, or a chi bộ's members, can only make the unit YK.</summary>
    private Level ChildrenCap(Level level, ChildLevels children, List<Reason> reasons)
    {
        if (children.Rated == 0 || level == Level.Khtnv)
        {
            return level;
        }

        var organizations = children.Source == ChildSource.Organizations;
        var share = organizations ? parameters.ChildOrganizationsYkMaxShare : parameters.MembersKhtnvMaxShare;
        if (!share.IsExceededBy(children.Khtnv, children.Rated))
        {
            return level;
        }

        reasons.Add(organizations
            ? new Reason(
                ReasonCodes.ChildrenYk,
                $"{children.Khtnv} of {children.Rated} rated child organizations ({Percent.Of(children.Khtnv, children.Rated)}) " +
                $"{(children.Khtnv == 1 ? "is" : "are")} YK, more than {share}: YK.")
            : new Reason(
                ReasonCodes.MembersKhtnv,
                $"{children.Khtnv} of {children.Rated} rated members ({Percent.Of(children.Khtnv, children.Rated)}) " +
                $"{(children.Khtnv == 1 ? "is" : "are")} KHTNV, more than {share}: YK."));
        return Level.Khtnv;
    }
}
