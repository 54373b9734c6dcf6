namespace Scoring.Gateway.Reports;

/// <summary>
/// "Clean and strong" (TSVM). Up to 2017 it is the level TSVM itself (basis <c>TSVM</c>, not derived); from 2018 it is
/// no longer a level, so it is derived from HTTNV+ and always labelled so (DOMAIN.md §2).
/// </summary>
public sealed record CleanStrongView(int Count, double? Share, bool Derived, string Basis);
