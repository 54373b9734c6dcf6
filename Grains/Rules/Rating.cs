using Scoring.GrainInterfaces;

namespace Scoring.Grains.Rules;

/// <summary>A proposed level and every reason that set or lowered it, in the order the steps ran.</summary>
public sealed record Rating(Level Level, IReadOnlyList<Reason> Reasons);
