using System.Text.Json;
using Scoring.GrainInterfaces;

namespace Scoring.Silo.Storage;

/// <summary>Keeps a unit's corrections in its trail: the row applied beside the one the store held before it.</summary>
public static class CorrectionTrail
{
    /// <summary>
    /// Reads the row <paramref name="correction"/> replaces, before it is applied; the function returned records the
    /// correction once it has been.
    /// </summary>
    public static async Task<Func<Task>> BeforeApplyingAsync(
        IScoringStore store, int year, UnitId unit, string by, string source, GrainMessage correction, CancellationToken cancellationToken)
    {
        var found = await store.ReadOrganizationsAsync(year, [unit.Value], cancellationToken);
        var stored = found.Count > 0 ? found[0].State : null;
        var (kind, applied, previous) = correction switch
        {
            AssessmentSubmitted submitted => (CorrectionKinds.Assessment, Json(submitted.Assessment), Json(stored?.Assessment)),
            MembersSubmitted submitted => (CorrectionKinds.Members, Json(submitted.Members), Json(stored?.Members)),
            _ => throw new ArgumentException($"{correction.GetType().Name} is not a correction of a unit's inputs.", nameof(correction)),
        };
        return () => store.RecordCorrectionAsync(new CorrectionAudit(year, unit, DateTimeOffset.UtcNow, by, source, kind, applied!, previous), CancellationToken.None);
    }

    private static string? Json<T>(T? row)
        where T : class =>
        row is null ? null : JsonSerializer.Serialize(row, ScoringJson.Options);
}
