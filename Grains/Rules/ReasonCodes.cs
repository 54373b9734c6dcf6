namespace Scoring.Grains.Rules;

/// <summary>The stable codes of <see cref="GrainInterfaces.Reason"/>; clients may match on them.</summary>
public static class ReasonCodes
{
    public const string Pending = "PENDING";
    public const string NotRated = "NOT_RATED";
    public const string GradeK = "GRADE_K";
    public const string Disunity = "DISUNITY";
    public const string LeadershipDisciplined = "LEADERSHIP_DISCIPLINED";
    public const string AffiliatesDisciplined = "AFFILIATES_DISCIPLINED";
    public const string TargetsNotMet = "TARGETS_NOT_MET";
    public const string OwnInputs = "OWN_INPUTS";
    public const string ChildrenKhtnv = "CHILDREN_KHTNV";
    public const string ChildrenBelowExcellent = "CHILDREN_BELOW_HTXSNV";
    public const string ChildrenBelowGood = "CHILDREN_BELOW_HTTNV";

    /// <summary>The deciding committee recorded a level, which is final whatever the rules proposed.</summary>
    public const string Decided = "DECIDED";

    /// <summary>R2014: a member was disciplined for corruption or degeneration.</summary>
    public const string CorruptionDisciplined = "CORRUPTION_DISCIPLINED";

    /// <summary>R2014: more than the regime's share of a đảng bộ's rated child organizations are YK.</summary>
    public const string ChildrenYk = "CHILDREN_YK";

    /// <summary>R2014: more than the regime's share of a chi bộ's rated members are KHTNV.</summary>
    public const string MembersKhtnv = "MEMBERS_KHTNV";

    /// <summary>Not a step of its own: the level is provisional until every unit below has a level.</summary>
    public const string ChildrenPending = "CHILDREN_PENDING";
}
