using Scoring.GrainInterfaces;
using Scoring.Silo.Storage;

namespace Scoring.Gateway.Reports;

/// <summary>One entry of a unit's decision trail: null <see cref="Decision"/> is a withdrawal, null <see cref="Previous"/> the first decision.</summary>
public sealed record DecisionView(DateTimeOffset At, string By, string Source, Decision? Decision, Decision? Previous)
{
    public static DecisionView From(DecisionAudit entry) => new(entry.At, entry.By, entry.Source, entry.Decision, entry.Previous);
}
