namespace Scoring.Gateway.Access;

/// <summary>The named authorization policies; every other endpoint needs a valid token of any role, unless it is open.</summary>
public static class AccessPolicies
{
    /// <summary>An operator's token: the metrics and the Orleans dashboard show the whole cluster.</summary>
    public const string Operator = "operator";
}
