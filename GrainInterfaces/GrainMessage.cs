using System.Text.Json.Serialization;
using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>Mail for an organization grain: a command from outside, or a report from one of its children.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AssessmentSubmitted), "assessment")]
[JsonDerivedType(typeof(AssessmentWithdrawn), "assessment-withdrawn")]
[JsonDerivedType(typeof(MembersSubmitted), "members")]
[JsonDerivedType(typeof(MembersWithdrawn), "members-withdrawn")]
[JsonDerivedType(typeof(ChildReported), "child-report")]
[JsonDerivedType(typeof(UnitPlaced), "placed")]
[JsonDerivedType(typeof(DecisionRecorded), "decision")]
[JsonDerivedType(typeof(DecisionWithdrawn), "decision-withdrawn")]
[JsonDerivedType(typeof(TargetsSet), "targets")]
[GenerateSerializer, Immutable, Alias("scoring.grain-message")]
public abstract record GrainMessage;
