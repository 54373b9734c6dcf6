using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using Scoring.GrainInterfaces;
using Scoring.Silo.Access;

namespace Scoring.Gateway.Access;

/// <summary>Who a request's token names: the unit whose subtree it reaches, the role, and the holder's name for audit trails.</summary>
public sealed record TokenHolder(UnitId Unit, string Role, string Subject)
{
    /// <summary>The holder of an authenticated request's token; false for a request without a valid one.</summary>
    public static bool TryRead(ClaimsPrincipal user, [NotNullWhen(true)] out TokenHolder? holder)
    {
        var unit = user.FindFirstValue(AccessClaims.Unit);
        var role = user.FindFirstValue(AccessClaims.Role);
        var subject = user.FindFirstValue(AccessClaims.Subject);
        holder = user.Identity?.IsAuthenticated == true && !string.IsNullOrEmpty(unit) && AccessRoles.IsKnown(role) && !string.IsNullOrWhiteSpace(subject)
            ? new TokenHolder(new UnitId(unit), role!, subject)
            : null;
        return holder is not null;
    }

    /// <summary>The holder of a request that passed authorization (every endpoint but the open ones).</summary>
    public static TokenHolder Of(ClaimsPrincipal user) =>
        TryRead(user, out var holder) ? holder : throw new InvalidOperationException("The request carries no valid token.");
}
