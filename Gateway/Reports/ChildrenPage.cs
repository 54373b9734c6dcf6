namespace Scoring.Gateway.Reports;

/// <summary>One page of a unit's direct children, ordered by id or as asked, with how many there are in all.</summary>
public sealed record ChildrenPage(int Total, int Offset, int Limit, IReadOnlyList<ChildRow> Children);
