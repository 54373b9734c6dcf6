using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Grains;

/// <summary>
/// The Orleans face of one organization for one year: its stored state, the pure <see cref="OrganizationTurn"/>,
/// and the last persisted read model, which reads return without waiting for a turn's write.
/// </summary>
public sealed class OrganizationGrain(
    [PersistentState(OrganizationGrain.StateName, OrganizationGrain.StorageName)] IPersistentState<OrganizationState> stored)
    : Grain, IOrganizationGrain
{
    /// <summary>The grain storage every organization grain keeps its state in.</summary>
    public const string StorageName = "scoring";

    public const string StateName = "organization";

    private OrganizationTurn? _turn;
    private UnitSummary? _published;
    private ChildVersion[] _children = [];

    private (int Year, UnitId Unit)? _key;

    /// <summary>A turn is under way: a read interleaved with a new unit's first turn must not send the unit away.</summary>
    private bool _turning;

    /// <summary>The year and unit this grain is, read from its key once.</summary>
    private (int Year, UnitId Unit) Key => _key ??= OrganizationKey.Parse(this.GetPrimaryKeyString());

    private OrganizationTurn Rules => _turn ??= new OrganizationTurn(RuleSets.ForYear(Key.Year));

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (stored.RecordExists)
        {
            var state = stored.State;
            var (year, unit) = Key;
            if (state.Year != year || state.Unit != unit)
            {
                throw new UnitRefusedException(
                    $"The stored state of {year}/{unit} belongs to {state.Year}/{state.Unit}; the store is damaged.");
            }

            Publish(Rules.Summarize(state), state);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// The depth down to which units stay active after a year run's turn: the nation, the cities and their
    /// districts, which dashboards open first. Deeper units, nearly all of a national tree, leave memory once they
    /// have reported; their parents have their reports, and a read or a correction brings one back from the store.
    /// </summary>
    public const int KeptActiveDepth = 2;

    public async Task<TurnOutcome> TurnAsync(IReadOnlyList<GrainMessage> mail)
    {
        try
        {
            return await TurnOnceAsync(mail);
        }
        finally
        {
            if (!stored.RecordExists || stored.State.Depth > KeptActiveDepth)
            {
                DeactivateOnIdle();
            }
        }
    }

    private async Task<TurnOutcome> TurnOnceAsync(IReadOnlyList<GrainMessage> mail)
    {
        _turning = true;
        try
        {
            return await TurnAndKeepAsync(mail);
        }
        finally
        {
            _turning = false;
        }
    }

    private async Task<TurnOutcome> TurnAndKeepAsync(IReadOnlyList<GrainMessage> mail)
    {
        var (year, unit) = Key;
        if (mail.OfType<UnitPlaced>().FirstOrDefault(p => p.Year != year || p.Unit.Id != unit) is { } stranger)
        {
            throw new UnitRefusedException($"Grain {year}/{unit} was handed the placement of {stranger.Year}/{stranger.Unit.Id}.");
        }

        var result = Rules.Turn(stored.RecordExists ? stored.State : null, mail);
        if (result.StateChanged)
        {
            stored.State = result.State;
            try
            {
                await stored.WriteStateAsync();
            }
            catch
            {
                // What is in memory was never kept: start again from the store on the next call.
                DeactivateOnIdle();
                throw;
            }
        }

        Publish(result.Summary, result.State);
        return new TurnOutcome(RollUp.ToReport(result.Summary), result.FiguresChanged);
    }

    public async Task<UnitSummary> CorrectAsync(IReadOnlyList<GrainMessage> mail)
    {
        TurnOutcome outcome;
        try
        {
            outcome = await TurnOnceAsync(mail);
        }
        finally
        {
            LeaveIfUnplaced();
        }

        if (stored.State.Parent is { } parent)
        {
            // Up even when nothing changed here: a correction tried again after a failure above must still reach the root.
            var year = stored.State.Year;
            await GrainFactory.GetGrain<IOrganizationGrain>(OrganizationKey.Of(year, parent)).CorrectAsync([new ChildReported(outcome.Report)]);
        }

        return _published!;
    }

    public async Task RemoveAsync()
    {
        if (stored.RecordExists)
        {
            await stored.ClearStateAsync();
        }

        _published = null;
        _children = [];
        DeactivateOnIdle();
    }

    public Task<UnitSummary?> GetSummaryAsync()
    {
        LeaveIfUnplaced();
        return Task.FromResult(_published);
    }

    public Task<IReadOnlyList<ChildVersion>?> GetChildrenAsync()
    {
        LeaveIfUnplaced();
        return Task.FromResult<IReadOnlyList<ChildVersion>?>(_published is null ? null : _children);
    }

    /// <summary>
    /// A unit with no stored row keeps no activation: a year run writes new units without children straight to the
    /// store (never where a row is), and an activation that had found no row would go on answering that there is none.
    /// </summary>
    private void LeaveIfUnplaced()
    {
        if (!stored.RecordExists && !_turning)
        {
            DeactivateOnIdle();
        }
    }

    /// <summary>What reads serve from now on: only what has been persisted, swapped in whole.</summary>
    private void Publish(UnitSummary summary, OrganizationState state)
    {
        _children = state.Children
            .Select(c => new ChildVersion(c.Child, c.Version))
            .OrderBy(c => c.Unit.Value, StringComparer.Ordinal)
            .ToArray();
        _published = summary;
    }
}
