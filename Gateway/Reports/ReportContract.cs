using System.Text.Json.Serialization.Metadata;

namespace Scoring.Gateway.Reports;

/// <summary>
/// What the reports' attributes cannot say: an R2014 year's <see cref="TallyView"/> leaves out the HTXSNV quota
/// shares, which a later year writes even when they are null (nothing to divide by).
/// </summary>
internal static class ReportContract
{
    private static readonly string[] QuotaShares = ["htxsnvShareOfRated", "htxsnvShareOfHttnvPlus"];

    public static void Modify(JsonTypeInfo type)
    {
        if (type.Type != typeof(TallyView))
        {
            return;
        }

        foreach (var property in type.Properties.Where(p => QuotaShares.Contains(p.Name, StringComparer.Ordinal)))
        {
            property.ShouldSerialize = (view, _) => !((TallyView)view).R2014;
        }
    }
}
