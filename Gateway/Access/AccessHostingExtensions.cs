using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Scoring.Silo.Access;

namespace Scoring.Gateway.Access;

/// <summary>
/// Bearer tokens signed with the store's key, the per-token rate limit, and the subtree check of every unit address.
/// Static files (the web page) are served before any of it, without a token.
/// </summary>
public static class AccessHostingExtensions
{
    /// <summary>Registers access; call after the store's migrator, so the key is read from an up-to-date store.</summary>
    public static WebApplicationBuilder AddScoringAccess(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<StoreSigningKey>();
        builder.Services.AddHostedService(services => services.GetRequiredService<StoreSigningKey>());
        builder.Services.AddSingleton<ISubtreeAccess, SubtreeAccess>();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<StoreSigningKey>((jwt, key) =>
        {
            // The claims keep their names in the token (sub, unit, role), not the long names of Windows identities.
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = AccessTokens.ValidationParameters(() => key.Value);
            jwt.Events = new JwtBearerEvents
            {
                OnTokenValidated = context =>
                {
                    if (!TokenHolder.TryRead(context.Principal!, out _))
                    {
                        context.Fail("The token names no unit, no known role or no holder.");
                    }

                    return Task.CompletedTask;
                },
                OnChallenge = AccessProblems.ChallengeAsync,
                OnForbidden = AccessProblems.ForbiddenAsync,
            };
        });
        builder.Services.AddAuthorizationBuilder()
            // Secure by default: an endpoint added later needs a token unless it says otherwise.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AccessPolicies.Operator, policy => policy.RequireAuthenticatedUser().RequireClaim(AccessClaims.Role, AccessRoles.Operator));

        builder.Services.AddOptions<RateLimitOptions>()
            .BindConfiguration(RateLimitOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, limits) =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits.Value));
            limiter.OnRejected = AccessProblems.TooManyRequestsAsync;
        });
        return builder;
    }

    /// <summary>Static files first (no token), then who the token names, its rate, what its role opens, and its subtree.</summary>
    public static WebApplication UseScoringAccess(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseMiddleware<SubtreeAccessMiddleware>();
        return app;
    }

    /// <summary>One bucket per token (its holder and unit), one per remote address without one; probes go free.</summary>
    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions limits)
    {
        var path = context.Request.Path;
        if (path.Equals("/health", StringComparison.OrdinalIgnoreCase) || path.Equals("/alive", StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitPartition.GetNoLimiter("probes");
        }

        var key = TokenHolder.TryRead(context.User, out var holder)
            ? $"token:{holder.Subject}\n{holder.Unit}"
            : $"address:{context.Connection.RemoteIpAddress}";
        return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limits.Burst,
            TokensPerPeriod = limits.PermitsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }
}
