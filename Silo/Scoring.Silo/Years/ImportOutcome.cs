using Scoring.Import;

namespace Scoring.Silo.Years;

/// <summary>What an import did, or every reason it did nothing.</summary>
public sealed record ImportOutcome(
    IReadOnlyList<ImportError> Errors,
    int Units,
    bool TreeCreated,
    int Renamed,
    int AssessmentsSent,
    int MemberTalliesSent,
    int Withdrawn)
{
    public bool Succeeded => Errors.Count == 0;

    public static ImportOutcome Failed(IReadOnlyList<ImportError> errors) => new(errors, 0, false, 0, 0, 0, 0);
}
