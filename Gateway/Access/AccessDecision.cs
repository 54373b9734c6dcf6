namespace Scoring.Gateway.Access;

/// <summary>What a token may do with a unit of a year.</summary>
public enum AccessDecision
{
    Allowed,

    /// <summary>Outside what the token's role allows; the answer is 403 whether or not the unit exists.</summary>
    Forbidden,

    /// <summary>The year's tree has no such unit, and the token (its root's) may learn so: the endpoint answers 404.</summary>
    Unknown,
}
