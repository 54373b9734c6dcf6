using Scoring.GrainInterfaces;
using Scoring.Silo.Storage;

namespace Scoring.Silo.Tests;

/// <summary>The decision and correction trails and the dead mail read back from both stores as they were written.</summary>
public sealed class TrailStoreTests(PostgresServer server) : IAsyncDisposable
{
    private static readonly DateTimeOffset Earlier = new(2025, 1, 6, 8, 30, 15, TimeSpan.FromHours(7));

    private readonly BothStores _stores = new(server, "trails");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string> Stores => BothStores.Kinds;

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_unit_s_decisions_come_back_newest_first_with_who_when_how_and_what_they_replaced(string kind)
    {
        var store = await _stores.OpenAsync(kind, Cancel);
        var first = new DecisionAudit(2024, new UnitId("HN-Q01"), Earlier, "board", DecisionSources.Import, new Decision(Level.Httnv, null, false), null);
        var second = new DecisionAudit(
            2024, new UnitId("HN-Q01"), Earlier.AddDays(1), "committee@HN", DecisionSources.Api, new Decision(Level.Htxsnv, "Dẫn đầu khối", true), first.Decision);
        await store.RecordDecisionsAsync([first, second], Cancel);

        Assert.Equal([second, first], await store.ListDecisionsAsync(2024, new UnitId("HN-Q01"), Cancel));
        Assert.Empty(await store.ListDecisionsAsync(2024, new UnitId("HN-Q02"), Cancel));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_unit_s_corrections_come_back_newest_first_with_the_row_applied_and_the_row_replaced(string kind)
    {
        var store = await _stores.OpenAsync(kind, Cancel);
        var first = new CorrectionAudit(2024, new UnitId("HN-Q01-G1-C1"), Earlier, "operator@HN", CorrectionSources.Api, CorrectionKinds.Members, "2,10,1,0,1,0", null);
        var second = new CorrectionAudit(
            2024, new UnitId("HN-Q01-G1-C1"), Earlier.AddMinutes(5), "nguyen", CorrectionSources.Command, CorrectionKinds.Members, "2,11,0,0,1,0", first.Applied);
        await store.RecordCorrectionAsync(first, Cancel);
        await store.RecordCorrectionAsync(second, Cancel);

        Assert.Equal([second, first], await store.ListCorrectionsAsync(2024, new UnitId("HN-Q01-G1-C1"), Cancel));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Dead_mail_comes_back_with_its_unit_message_error_and_time(string kind)
    {
        var store = await _stores.OpenAsync(kind, Cancel);
        await store.RecordDeadMailAsync(2024, [new DeadLetter(0, new UnitId("HN-Q01"), "AssessmentSubmitted", "[]", "refused", Earlier)], Cancel);

        var letter = Assert.Single(await store.ListDeadMailAsync(2024, Cancel));

        Assert.Equal((new UnitId("HN-Q01"), "AssessmentSubmitted", "[]", "refused", Earlier), (letter.Unit, letter.Kind, letter.Message, letter.Error, letter.FailedAt));
    }

    public ValueTask DisposeAsync() => _stores.DisposeAsync();
}
