using Scoring.GrainInterfaces;

namespace Scoring.Silo.Storage;

/// <summary>
/// The kind a mail row is filed under: the message's JSON type name, kept beside it so an import can replace the
/// inputs still waiting without reading every message.
/// </summary>
public static class MailKinds
{
    public const string Assessment = "assessment";
    public const string AssessmentWithdrawal = "assessment-withdrawn";
    public const string Members = "members";
    public const string MembersWithdrawal = "members-withdrawn";
    public const string ChildReport = "child-report";

    public static string Of(GrainMessage message) => message switch
    {
        AssessmentSubmitted => Assessment,
        AssessmentWithdrawn => AssessmentWithdrawal,
        MembersSubmitted => Members,
        MembersWithdrawn => MembersWithdrawal,
        ChildReported => ChildReport,
        _ => throw new ArgumentOutOfRangeException(nameof(message), message.GetType().Name, "Unknown message."),
    };
}
