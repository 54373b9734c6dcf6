using Scoring.Silo.Storage;
using Scoring.Silo.Storage.Postgres;
using Scoring.Silo.Storage.Sqlite;

namespace Scoring.Silo.Tests;

/// <summary>Migrated stores of either kind for one test class, closed and deleted with it.</summary>
internal sealed class BothStores(PostgresServer server, string name) : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _opened = [];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"scoring-{name}-{Guid.NewGuid():N}");

    /// <summary>The kinds <see cref="OpenAsync"/> takes, for a theory's data.</summary>
    public static TheoryData<string> Kinds { get; } = ["sqlite", "postgres"];

    public async Task<IScoringStore> OpenAsync(string kind, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_folder);
        IScoringStore store = kind == "sqlite"
            ? new SqliteScoringStore($"Data Source={Path.Combine(_folder, "scoring.db")}")
            : new PostgresScoringStore(server.NewDatabase(name));
        if (store is IAsyncDisposable disposable)
        {
            _opened.Add(disposable);
        }

        await store.MigrateAsync(cancellationToken);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var opened in _opened)
        {
            await opened.DisposeAsync();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
