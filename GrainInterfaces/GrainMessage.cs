using System.Text.Json.Serialization;

namespace Scoring.GrainInterfaces;

/// <summary>Mail for an organization grain: a command from outside, or a report from one of its children.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AssessmentSubmitted), "assessment")]
[JsonDerivedType(typeof(MembersSubmitted), "members")]
[JsonDerivedType(typeof(ChildReported), "child-report")]
public abstract record GrainMessage;
