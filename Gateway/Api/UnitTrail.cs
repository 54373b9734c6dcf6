using Orleans;
using Scoring.GrainInterfaces;
using Scoring.Silo.Storage;

namespace Scoring.Gateway.Api;

/// <summary>A unit's trail for a year (decisions, corrections), newest first; 404 for a unit or a year the store lacks.</summary>
internal static class UnitTrail
{
    public static async Task<IResult> ListAsync<T>(
        string year, string id, IGrainFactory grains, IScoringStore store, Func<int, UnitId, Task<IEnumerable<T>>> read, CancellationToken cancellationToken)
    {
        if (!RatingYear.TryParse(year, out var ratingYear))
        {
            return Problems.NotAYear(year);
        }

        var unit = new UnitId(id);
        if (await grains.GetGrain<IOrganizationGrain>(OrganizationKey.Of(ratingYear, unit)).GetSummaryAsync().WaitAsync(cancellationToken) is null)
        {
            return await Problems.NotFoundAsync(store, ratingYear, id, cancellationToken);
        }

        return TypedResults.Ok((await read(ratingYear, unit)).ToArray());
    }
}
