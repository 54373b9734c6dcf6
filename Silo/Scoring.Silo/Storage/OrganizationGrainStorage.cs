using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Orleans.Storage;
using Scoring.GrainInterfaces;
using Scoring.Grains;
using Scoring.Silo.Runtime;

namespace Scoring.Silo.Storage;

/// <summary>
/// Orleans grain storage for the organization grains over <see cref="IScoringStore"/>. Writes that arrive while
/// another batch commits wait in a queue and are committed together in the next transaction, which starts as
/// soon as the previous one ends (no timer): one commit, one disk flush, for hundreds of grains. Each write
/// still checks its own etag.
/// </summary>
public sealed class OrganizationGrainStorage : IGrainStorage, IAsyncDisposable
{
    /// <summary>The most writes one transaction takes, so a commit never holds the store for long.</summary>
    private const int MaxBatch = 2_000;

    private readonly IScoringStore _store;
    private readonly SiloTelemetry _telemetry;
    private readonly ILogger<OrganizationGrainStorage> _logger;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public OrganizationGrainStorage(IScoringStore store, SiloTelemetry telemetry, ILogger<OrganizationGrainStorage> logger)
    {
        _store = store;
        _telemetry = telemetry;
        _logger = logger;
        // The store's calls may block (SQLite's are synchronous), so they run on a thread of their own, never on a grain's.
        _writer = Task.Run(WriteBatchesAsync);
    }

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var (year, unit) = OrganizationKey.Parse(grainId.Key.ToString()!);
        var stored = await Task.Run(() => _store.ReadOrganizationAsync(year, unit.Value, CancellationToken.None));
        if (stored is null)
        {
            return;
        }

        grainState.State = (T)(object)stored.State;
        grainState.ETag = stored.ETag.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (grainState.State is not OrganizationState state)
        {
            throw new ArgumentException($"This storage keeps organization states only, not {typeof(T).Name}.", nameof(grainState));
        }

        long? expected = grainState.ETag is { } etag ? long.Parse(etag, CultureInfo.InvariantCulture) : null;
        var pending = new PendingWrite(new OrganizationWrite(state, expected));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(OrganizationGrainStorage), "The grain storage has stopped.");
        }

        var written = await pending.Done.Task;
        if (written.Error is { } error)
        {
            throw new OrleansException($"The store refused the state of {grainId}: {error.Message}", error);
        }

        if (written.ETag is null)
        {
            throw new InconsistentStateException(
                $"The stored state of {grainId} changed under this activation (another activation wrote it).",
                "unknown",
                grainState.ETag);
        }

        grainState.ETag = written.ETag.Value.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var (year, unit) = OrganizationKey.Parse(grainId.Key.ToString()!);
        await Task.Run(() => _store.DeleteOrganizationAsync(year, unit.Value, CancellationToken.None));
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    private async Task WriteBatchesAsync()
    {
        var batch = new List<PendingWrite>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                var results = await _store.WriteOrganizationsAsync(batch.Select(p => p.Write).ToArray(), CancellationToken.None);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.TrySetResult(results[i]);
                }

                _telemetry.WritesCommitted(batch.Count, Stopwatch.GetElapsedTime(started));
            }
            catch (Exception exception)
            {
                SiloLog.WriteBatchFailed(_logger, exception, batch.Count);
                foreach (var pending in batch)
                {
                    pending.Done.TrySetException(exception);
                }
            }

            batch.Clear();
        }
    }

    private sealed class PendingWrite(OrganizationWrite write)
    {
        public OrganizationWrite Write { get; } = write;

        public TaskCompletionSource<OrganizationWriteResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
