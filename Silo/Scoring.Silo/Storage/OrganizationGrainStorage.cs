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
/// Orleans grain storage for the organization grains over <see cref="IScoringStore"/>. Reads and writes that
/// arrive while the previous batch is at the store wait in a queue and go together in the next one, which starts
/// as soon as the previous one ends (no timer): one query for hundreds of activations, one commit (one disk
/// flush) for hundreds of writes. Each write still checks its own etag, and fails alone.
/// </summary>
public sealed class OrganizationGrainStorage : IGrainStorage, IAsyncDisposable
{
    /// <summary>The most reads or writes one batch takes, so a batch never holds the store for long.</summary>
    private const int MaxBatch = 2_000;

    private readonly IScoringStore _store;
    private readonly SiloTelemetry _telemetry;
    private readonly ILogger<OrganizationGrainStorage> _logger;
    private readonly Channel<PendingRead> _reads = Channel.CreateUnbounded<PendingRead>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<PendingWrite> _writes = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _reader;
    private readonly Task _writer;

    public OrganizationGrainStorage(IScoringStore store, SiloTelemetry telemetry, ILogger<OrganizationGrainStorage> logger)
    {
        _store = store;
        _telemetry = telemetry;
        _logger = logger;
        // The store's calls may block (SQLite's are synchronous), so they run on threads of their own, never on a grain's.
        _reader = Task.Run(ReadBatchesAsync);
        _writer = Task.Run(WriteBatchesAsync);
    }

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var (year, unit) = OrganizationKey.Parse(grainId.Key.ToString()!);
        var pending = new PendingRead(year, unit.Value);
        if (!_reads.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(OrganizationGrainStorage), "The grain storage has stopped.");
        }

        if (await pending.Done.Task is not { } stored)
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
        if (!_writes.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(OrganizationGrainStorage), "The grain storage has stopped.");
        }

        var written = await pending.Done.Task;
        if (written.Error is { } error)
        {
            throw new OrleansException($"The store refused the state of {grainId}: {error.Message}", error);
        }

        if (written.ETag is not { } newETag)
        {
            throw new InconsistentStateException(
                $"The stored state of {grainId} changed under this activation (another activation wrote it).",
                "unknown",
                grainState.ETag);
        }

        grainState.ETag = newETag.ToString(CultureInfo.InvariantCulture);
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
        _reads.Writer.TryComplete();
        _writes.Writer.TryComplete();
        await Task.WhenAll(_reader, _writer);
    }

    private async Task ReadBatchesAsync()
    {
        var batch = new List<PendingRead>(MaxBatch);
        while (await _reads.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _reads.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            foreach (var year in batch.GroupBy(r => r.Year))
            {
                try
                {
                    var found = (await _store.ReadOrganizationsAsync(year.Key, year.Select(r => r.Unit).Distinct().ToArray(), CancellationToken.None))
                        .ToDictionary(o => o.Unit);
                    foreach (var read in year)
                    {
                        read.Done.TrySetResult(found.GetValueOrDefault(read.Unit));
                    }
                }
                catch (Exception exception)
                {
                    foreach (var read in year)
                    {
                        read.Done.TrySetException(exception);
                    }
                }
            }

            batch.Clear();
        }
    }

    private async Task WriteBatchesAsync()
    {
        var batch = new List<PendingWrite>(MaxBatch);
        while (await _writes.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _writes.Reader.TryRead(out var next))
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

                _telemetry.WritesCommitted(results.Count(r => r.ETag is not null), Stopwatch.GetElapsedTime(started));
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

    private sealed class PendingRead(int year, string unit)
    {
        public int Year { get; } = year;

        public string Unit { get; } = unit;

        public TaskCompletionSource<StoredOrganization?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class PendingWrite(OrganizationWrite write)
    {
        public OrganizationWrite Write { get; } = write;

        public TaskCompletionSource<OrganizationWriteResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
