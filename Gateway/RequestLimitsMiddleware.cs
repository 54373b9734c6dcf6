using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Scoring.Gateway;

/// <summary>
/// Answers an over-long address with 414 and too many or too large headers with 431, as ProblemDetails, before the
/// request reaches an endpoint (Kestrel would answer the same with an empty body; its own limits are only a ceiling).
/// </summary>
internal sealed class RequestLimitsMiddleware(RequestDelegate next, IOptions<RequestLimitsOptions> options, IProblemDetailsService problems, ILogger<RequestLimitsMiddleware> logger)
{
    // Each header line carries ": " and a line end beside its name and value.
    private const int HeaderLineOverhead = 4;

    public Task InvokeAsync(HttpContext context)
    {
        var limits = options.Value;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw ? raw : context.Request.GetEncodedPathAndQuery();
        if (target.Length > limits.MaxRequestTargetLength)
        {
            GatewayLog.AddressTooLong(logger, target.Length, limits.MaxRequestTargetLength);
            return RefuseAsync(
                context,
                StatusCodes.Status414UriTooLong,
                "Address too long",
                $"The address is {target.Length} characters long; the Gateway reads addresses of up to {limits.MaxRequestTargetLength}.");
        }

        var headers = context.Request.Headers;
        if (headers.Count > limits.MaxRequestHeaderCount)
        {
            GatewayLog.TooManyHeaders(logger, headers.Count, limits.MaxRequestHeaderCount);
            return RefuseAsync(
                context,
                StatusCodes.Status431RequestHeaderFieldsTooLarge,
                "Too many request headers",
                $"The request has {headers.Count} headers; the Gateway reads up to {limits.MaxRequestHeaderCount}.");
        }

        var size = headers.Sum(header => header.Value.Sum(value => header.Key.Length + (value?.Length ?? 0) + HeaderLineOverhead));
        if (size > limits.MaxRequestHeadersTotalSize)
        {
            GatewayLog.HeadersTooLarge(logger, size, limits.MaxRequestHeadersTotalSize);
            return RefuseAsync(
                context,
                StatusCodes.Status431RequestHeaderFieldsTooLarge,
                "Request headers too large",
                $"The request's headers take {size} bytes; the Gateway reads up to {limits.MaxRequestHeadersTotalSize}.");
        }

        return next(context);
    }

    private async Task RefuseAsync(HttpContext context, int status, string title, string detail)
    {
        // A client that accepts no JSON gets the status alone.
        context.Response.StatusCode = status;
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
