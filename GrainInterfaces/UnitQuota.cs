using System.Text.Json.Serialization;
using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>
/// A unit's quota checks: over the final levels of its direct child organizations (when it has any), and over the
/// member tallies of its subtree (grassroots organizations). Only the checks that apply are present.
/// </summary>
[GenerateSerializer, Immutable, Alias("scoring.unit-quota")]
public sealed record UnitQuota(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] QuotaCheck? Children,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] QuotaCheck? Members);
