namespace Scoring.Gateway.Reports;

/// <summary>
/// "Clean and strong" (TSVM). From 2018 it is no longer a level, so it is derived from HTTNV+ and always labelled so
/// (DOMAIN.md §2).
/// </summary>
public sealed record CleanStrongView(int Count, double? Share, bool Derived, string Basis);
