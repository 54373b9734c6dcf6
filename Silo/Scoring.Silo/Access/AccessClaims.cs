namespace Scoring.Silo.Access;

/// <summary>The claims of a Scoring token, as named in the token itself.</summary>
public static class AccessClaims
{
    /// <summary>The unit whose subtree the token reaches.</summary>
    public const string Unit = "unit";

    /// <summary>One of <see cref="AccessRoles"/>.</summary>
    public const string Role = "role";

    /// <summary>Who holds the token, as audit trails name them.</summary>
    public const string Subject = "sub";
}
