using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.IdentityModel.Tokens;
using Scoring.GrainInterfaces;
using Scoring.Silo.Access;

namespace Scoring.Gateway.Access;

/// <summary>The ProblemDetails of access: 401 without a valid token, 403 outside what it allows, 429 over its rate.</summary>
internal static class AccessProblems
{
    /// <summary>403 for a unit the token does not reach (or may not write), naming the unit and the token's unit and role.</summary>
    public static ProblemHttpResult Forbidden(TokenHolder? holder, int year, UnitId unit, bool writes)
    {
        var detail = holder switch
        {
            null => $"The token does not reach '{unit}'.",
            { Role: AccessRoles.Viewer } when writes =>
                $"A viewer token (for '{holder.Unit}') reads; it records no decisions or corrections, so not for '{unit}' in {year}.",
            { Role: AccessRoles.Committee } when writes =>
                $"A committee token for '{holder.Unit}' records decisions and corrections for the direct children of '{holder.Unit}' only; '{unit}' is not one of them in {year}.",
            _ => $"A {holder.Role} token for '{holder.Unit}' reaches '{holder.Unit}' and the units below it; '{unit}' is not among them in {year}.",
        };
        return TypedResults.Problem(
            detail: detail,
            statusCode: StatusCodes.Status403Forbidden,
            title: "Outside the token's access",
            extensions: new Dictionary<string, object?>
            {
                ["unit"] = unit.Value,
                ["year"] = year,
                ["tokenUnit"] = holder?.Unit.Value,
                ["role"] = holder?.Role,
            });
    }

    /// <summary>401 as a ProblemDetails, with the WWW-Authenticate header the bearer scheme asks for.</summary>
    public static Task ChallengeAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var (header, detail) = context.AuthenticateFailure switch
        {
            null => ("Bearer", "This address needs a token: send Authorization: Bearer <token> (the silo's token command issues one)."),
            SecurityTokenExpiredException expired =>
                ("Bearer error=\"invalid_token\", error_description=\"The token expired\"", $"The token expired at {expired.Expires:u}; ask for a new one."),
            _ => ("Bearer error=\"invalid_token\"", "The token is not valid for this store (its signature, issuer, audience or claims do not check)."),
        };
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = header;
        return WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Sign-in needed", detail);
    }

    /// <summary>403 for an address the token's role does not open (the operator's pages).</summary>
    public static Task ForbiddenAsync(ForbiddenContext context)
    {
        var detail = TokenHolder.TryRead(context.HttpContext.User, out var holder)
            ? $"{context.Request.Path} is for operators; this is a {holder.Role} token for '{holder.Unit}'."
            : $"{context.Request.Path} is for operators.";
        return WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Outside the token's access", detail);
    }

    /// <summary>429 with Retry-After, in whole seconds, from the limiter's estimate (at least one).</summary>
    public static async ValueTask TooManyRequestsAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(System.Threading.RateLimiting.MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : 1;
        context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await WriteAsync(
            context.HttpContext,
            StatusCodes.Status429TooManyRequests,
            "Too many requests",
            $"This token (or, without one, this address) sent more requests than the Gateway takes; try again in {retryAfter} s.");
    }

    private static async Task WriteAsync(HttpContext context, int status, string title, string detail) =>
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
}
