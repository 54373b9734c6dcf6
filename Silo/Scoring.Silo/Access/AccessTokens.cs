using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Scoring.Silo.Access;

/// <summary>
/// Issues and checks Scoring's bearer tokens: HMAC-SHA256 over the store's signing key, issuer and audience
/// <see cref="Issuer"/>, with a unit, a role and who holds it. The token command and the Gateway both use this, so a
/// token issued for a store is valid wherever that store is served.
/// </summary>
public static class AccessTokens
{
    public const string Issuer = "scoring";

    public const string Audience = "scoring";

    /// <summary>The fewest bytes of a signing key: HMAC-SHA256 wants at least its own 256 bits.</summary>
    public const int MinimumKeyBytes = 32;

    public static string Issue(byte[] signingKey, string unit, string role, string subject, TimeSpan lifetime, DateTime? now = null)
    {
        var issuedAt = now ?? DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = issuedAt + lifetime,
            Subject = new ClaimsIdentity(
            [
                new Claim(AccessClaims.Subject, subject),
                new Claim(AccessClaims.Unit, unit),
                new Claim(AccessClaims.Role, role),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
            ]),
            SigningCredentials = new SigningCredentials(Key(signingKey), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>What a valid token is: signed with the key (<paramref name="signingKey"/> gives it when asked), ours, and not expired.</summary>
    public static TokenValidationParameters ValidationParameters(Func<byte[]> signingKey) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        IssuerSigningKeyResolver = (_, _, _, _) => [Key(signingKey())],
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = AccessClaims.Subject,
        RoleClaimType = AccessClaims.Role,
    };

    /// <summary>Checks a token as the Gateway does; the claims when it is valid.</summary>
    public static async Task<ClaimsIdentity?> ValidateAsync(string token, byte[] signingKey)
    {
        var result = await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(token, ValidationParameters(() => signingKey));
        return result.IsValid ? result.ClaimsIdentity : null;
    }

    private static SymmetricSecurityKey Key(byte[] signingKey) => new(signingKey);
}
