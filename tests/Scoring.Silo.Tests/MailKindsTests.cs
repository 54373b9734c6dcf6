using System.Text.Json;
using Scoring.GrainInterfaces;
using Scoring.Silo.Storage;

namespace Scoring.Silo.Tests;

public sealed class MailKindsTests
{
    public static TheoryData<GrainMessage> Messages() =>
    [
        new AssessmentSubmitted(new Assessment { NotRated = true }),
        new AssessmentWithdrawn(),
        new MembersSubmitted(MemberTally.Empty),
        new MembersWithdrawn(),
        new ChildReported(new ChildReport(new UnitId("C1"), UnitKind.Cell, 1, Level.Httnv, null, KindTallies.Empty, MemberTally.Empty)),
    ];

    [Theory]
    [MemberData(nameof(Messages))]
    public void A_mail_row_is_filed_under_its_message_s_JSON_type(GrainMessage message)
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(message, ScoringJson.Options));

        Assert.Equal(json.RootElement.GetProperty("type").GetString(), MailKinds.Of(message));
    }
}
