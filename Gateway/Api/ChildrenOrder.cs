using Scoring.Gateway.Reports;
using Scoring.GrainInterfaces;

namespace Scoring.Gateway.Api;

/// <summary>
/// The order a children page asks for: <c>orderBy</c> one of <see cref="Keys"/> (by id unless asked), ascending
/// unless <c>desc</c> is <c>true</c>. A child without the figure (no score, no rated grassroots organization below it)
/// comes last either way; children with the same figure keep the order of their ids.
/// </summary>
internal readonly record struct ChildrenOrder(ChildrenOrder.Key By, bool Descending)
{
    /// <summary>The values <c>orderBy</c> takes, as the query writes them.</summary>
    public static IReadOnlyList<string> Keys => KeyNames;

    // In the order of Key: a name's place in the list is its key's value.
    private static readonly string[] KeyNames = ["id", "score", "httnvPlusShare", "khtnv"];

    /// <summary>The values <c>desc</c> takes.</summary>
    public static IReadOnlyList<string> Directions { get; } = ["false", "true"];

    public enum Key
    {
        /// <summary>The unit's id, as the parent lists its children.</summary>
        Id,

        /// <summary>The child's own score.</summary>
        Score,

        /// <summary>The HTTNV+ share of the rated grassroots organizations in the child's subtree.</summary>
        HttnvPlusShare,

        /// <summary>The number of KHTNV organizations of every kind in the child's subtree.</summary>
        Khtnv,
    }

    /// <summary>Whether the order needs every child's report rather than the ids the parent holds.</summary>
    public bool ReadsReports => By != Key.Id;

    /// <summary>Reads the query's orderBy and desc, adding what is wrong with each to <paramref name="errors"/>, keyed by the field.</summary>
    public static bool TryRead(string? orderBy, string? desc, out ChildrenOrder order, Dictionary<string, string[]> errors)
    {
        var at = orderBy is null ? 0 : Array.IndexOf(KeyNames, orderBy);
        if (at < 0)
        {
            errors["orderBy"] = [$"'{orderBy}' is not an order: use one of {string.Join(", ", Keys)}."];
        }

        var descending = desc == "true";
        if (desc is not null && !Directions.Contains(desc))
        {
            errors["desc"] = [$"'{desc}' is not a direction: use one of {string.Join(", ", Directions)}."];
        }

        order = new ChildrenOrder(at < 0 ? Key.Id : (Key)at, descending);
        return !errors.ContainsKey("orderBy") && !errors.ContainsKey("desc");
    }

    /// <summary>The children by id, in this order (for an order by id, which needs no report).</summary>
    public IEnumerable<ChildVersion> Arrange(IReadOnlyList<ChildVersion> byId) => Descending ? byId.Reverse() : byId;

    /// <summary>The children's reports in this order.</summary>
    public IEnumerable<UnitSummary> Arrange(IEnumerable<UnitSummary> children)
    {
        if (By == Key.Id)
        {
            return Descending
                ? children.OrderByDescending(child => child.Unit.Value, StringComparer.Ordinal)
                : children.OrderBy(child => child.Unit.Value, StringComparer.Ordinal);
        }

        var by = By;
        var keyed = children.Select(child => (Child: child, Figure: Figure(by, child))).OrderBy(child => child.Figure is null);
        var ordered = Descending ? keyed.ThenByDescending(child => child.Figure) : keyed.ThenBy(child => child.Figure);
        return ordered.ThenBy(child => child.Child.Unit.Value, StringComparer.Ordinal).Select(child => child.Child);
    }

    // The share as the report states it (rounded), so children the report shows with the same share are ordered by id.
    private static decimal? Figure(Key by, UnitSummary child) => by switch
    {
        Key.Score => child.Score,
        Key.HttnvPlusShare => (decimal?)Share.Of(child.Subtree.Grassroots.HttnvPlus, child.Subtree.Grassroots.Rated),
        Key.Khtnv => child.Subtree.AllKinds.Khtnv,
        _ => null,
    };
}
