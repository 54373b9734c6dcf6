using Scoring.GrainInterfaces;

namespace Scoring.Grains.Rules;

/// <summary>Step 4 of the evaluation order: the children can only lower a unit's level.</summary>
public static class ChildrenCaps
{
    public static Level Apply(Level level, ChildLevels children, ChildrenCapParameters caps, List<Reason> reasons)
    {
        if (children.Rated == 0 || level == Level.Khtnv)
        {
            return level;
        }

        var of = children.Source == ChildSource.Organizations ? "rated child organizations" : "rated members";
        if (Percent.Exceeds(children.Khtnv, children.Rated, caps.KhtnvMaxShare))
        {
            reasons.Add(new Reason(
                ReasonCodes.ChildrenKhtnv,
                $"{children.Khtnv} of {children.Rated} {of} ({Percent.Of(children.Khtnv, children.Rated)}) are KHTNV, " +
                $"more than {Percent.Format(caps.KhtnvMaxShare)}."));
            return Level.Khtnv;
        }

        if (level == Level.Htxsnv
            && !Meets(children, caps.ExcellentMinHtnvPlusShare, caps.ExcellentMinHttnvPlusShare))
        {
            reasons.Add(new Reason(
                ReasonCodes.ChildrenBelowExcellent,
                $"HTXSNV needs {Percent.Format(caps.ExcellentMinHtnvPlusShare)} of {of} HTNV or above and at least " +
                $"{Percent.Format(caps.ExcellentMinHttnvPlusShare)} HTTNV or above; {Describe(children)}. Capped at HTTNV."));
            level = Level.Httnv;
        }

        if (level == Level.Httnv && !Meets(children, caps.GoodMinHtnvPlusShare, caps.GoodMinHttnvPlusShare))
        {
            reasons.Add(new Reason(
                ReasonCodes.ChildrenBelowGood,
                $"HTTNV needs {Percent.Format(caps.GoodMinHtnvPlusShare)} of {of} HTNV or above and at least " +
                $"{Percent.Format(caps.GoodMinHttnvPlusShare)} HTTNV or above; {Describe(children)}. Capped at HTNV."));
            level = Level.Htnv;
        }

        return level;
    }

    private static bool Meets(ChildLevels children, decimal minHtnvPlus, decimal minHttnvPlus) =>
        Percent.AtLeast(children.HtnvPlus, children.Rated, minHtnvPlus)
        && Percent.AtLeast(children.HttnvPlus, children.Rated, minHttnvPlus);

    private static string Describe(ChildLevels children) =>
        $"{children.HtnvPlus} of {children.Rated} ({Percent.Of(children.HtnvPlus, children.Rated)}) are HTNV or above " +
        $"and {children.HttnvPlus} ({Percent.Of(children.HttnvPlus, children.Rated)}) HTTNV or above";
}
