using System.Text.Json.Serialization;

namespace Scoring.GrainInterfaces;

/// <summary>Mail for an organization grain: a command from outside, or a report from one of its children.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AssessmentSubmitted), "assessment")]
[JsonDerivedType(typeof(AssessmentWithdrawn), "assessment-withdrawn")]
[JsonDerivedType(typeof(MembersSubmitted), "members")]
[JsonDerivedType(typeof(MembersWithdrawn), "members-withdrawn")]
[JsonDerivedType(typeof(ChildReported), "child-report")]
public abstract record GrainMessage;
