namespace Scoring.Silo.Tests;

/// <summary>
/// These tests spawn silo processes and stop and start the shared PostgreSQL server: they run alone, after the
/// tests that run in parallel, so that neither disturbs the other and the timings they print mean something.
/// </summary>
[CollectionDefinition(nameof(ClusterProcessRuns), DisableParallelization = true)]
public sealed class ClusterProcessRuns;
