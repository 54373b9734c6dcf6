using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Scoring.GrainInterfaces;
using Scoring.Grains;

namespace Scoring.Silo.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file. SQLite has a single writer, so a turn batch's transaction is the only
/// claim it needs; readers see the last committed batch through the write-ahead log.
/// </summary>
public sealed class SqliteGrainStore : IGrainStore
{
    private readonly string _connectionString;

    public SqliteGrainStore(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true };
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        _connectionString = builder.ToString();
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "pragma journal_mode = wal", cancellationToken);
        await ExecuteAsync(connection, null, SqliteSql.CreateMigrationsTable, cancellationToken);
        var applied = new HashSet<int>();
        await using (var read = Command(connection, null, SqliteSql.AppliedMigrations))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        foreach (var migration in MigrationScripts.Load(typeof(SqliteGrainStore).Assembly, $"{typeof(SqliteGrainStore).Namespace}.Migrations"))
        {
            if (applied.Contains(migration.Version))
            {
                continue;
            }

            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using var record = Command(connection, transaction, SqliteSql.RecordMigration);
            record.Parameters.AddWithValue("$version", migration.Version);
            record.Parameters.AddWithValue("$name", migration.Name);
            record.Parameters.AddWithValue("$appliedAt", DateTimeOffset.UtcNow.ToString("O"));
            await record.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<int>> ListYearsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, SqliteSql.ListYears);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var years = new List<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            years.Add(reader.GetInt32(0));
        }

        return years;
    }

    public async Task<IReadOnlyList<OrganizationState>> LoadStatesAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, SqliteSql.LoadStates);
        command.Parameters.AddWithValue("$year", year);
        return await ReadJsonAsync<OrganizationState>(command, cancellationToken).ToListAsync(cancellationToken);
    }

    public async Task ImportAsync(YearImportPlan plan, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);

        await using (var year = Command(connection, transaction, SqliteSql.UpsertYear))
        {
            year.Parameters.AddWithValue("$year", plan.Year);
            year.Parameters.AddWithValue("$regime", plan.Regime);
            year.Parameters.AddWithValue("$importedAt", DateTimeOffset.UtcNow.ToString("O"));
            await year.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var insert = new GrainWriter(connection, transaction, SqliteSql.InsertGrain))
        {
            foreach (var state in plan.NewGrains)
            {
                await insert.WriteAsync(state, cancellationToken);
            }
        }

        await using (var summaries = new SummaryWriter(connection, transaction))
        {
            foreach (var summary in plan.NewSummaries)
            {
                await summaries.WriteAsync(summary, cancellationToken);
            }
        }

        await using (var mail = new MailWriter(connection, transaction))
        {
            foreach (var envelope in plan.Mail)
            {
                await mail.WriteAsync(envelope, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<BatchOutcome> RunTurnBatchAsync(int maxGrains, TurnHandler turn, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);

        int depth;
        await using (var deepest = Command(connection, transaction, SqliteSql.DeepestMailDepth))
        {
            if (await deepest.ExecuteScalarAsync(cancellationToken) is not long found)
            {
                return BatchOutcome.Idle;
            }

            depth = (int)found;
        }

        var claimed = new List<(int Year, string Unit)>(maxGrains);
        await using (var claim = Command(connection, transaction, SqliteSql.ClaimGrains))
        {
            claim.Parameters.AddWithValue("$depth", depth);
            claim.Parameters.AddWithValue("$limit", maxGrains);
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                claimed.Add((reader.GetInt32(0), reader.GetString(1)));
            }
        }

        await using var loadState = Command(connection, transaction, SqliteSql.LoadState, "$year", "$unit");
        await using var loadMail = Command(connection, transaction, SqliteSql.LoadMail, "$depth", "$year", "$unit");
        await using var deleteMail = Command(connection, transaction, SqliteSql.DeleteMail, "$depth", "$year", "$unit", "$lastId");
        await using var update = new GrainWriter(connection, transaction, SqliteSql.UpdateGrain);
        await using var summaries = new SummaryWriter(connection, transaction);
        await using var outgoing = new MailWriter(connection, transaction);

        int delivered = 0, reports = 0;
        foreach (var (year, unit) in claimed)
        {
            loadState.Parameters["$year"].Value = year;
            loadState.Parameters["$unit"].Value = unit;
            var stateJson = (string?)await loadState.ExecuteScalarAsync(cancellationToken)
                ?? throw new InvalidOperationException($"Mail is addressed to {unit} of {year}, which has no grain.");
            var state = Deserialize<OrganizationState>(stateJson);

            loadMail.Parameters["$depth"].Value = depth;
            loadMail.Parameters["$year"].Value = year;
            loadMail.Parameters["$unit"].Value = unit;
            var mail = new List<GrainMessage>();
            long lastId = 0;
            await using (var reader = await loadMail.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    lastId = reader.GetInt64(0);
                    mail.Add(Deserialize<GrainMessage>(reader.GetString(1)));
                }
            }

            var result = turn(state, mail);
            delivered += mail.Count;
            await update.WriteAsync(result.State, cancellationToken);
            if (result.Summary.Version != state.Version)
            {
                await summaries.WriteAsync(result.Summary, cancellationToken);
            }

            if (result.ReportToParent is { } report && result.State.Parent is { } parent)
            {
                await outgoing.WriteAsync(new Envelope(year, parent, depth - 1, new ChildReported(report)), cancellationToken);
                reports++;
            }

            deleteMail.Parameters["$depth"].Value = depth;
            deleteMail.Parameters["$year"].Value = year;
            deleteMail.Parameters["$unit"].Value = unit;
            deleteMail.Parameters["$lastId"].Value = lastId;
            await deleteMail.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new BatchOutcome(claimed.Count, delivered, reports);
    }

    public async Task<long> CountMailAsync(int? year, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, year is null ? SqliteSql.CountAllMail : SqliteSql.CountYearMail);
        if (year is not null)
        {
            command.Parameters.AddWithValue("$year", year);
        }

        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<UnitSummary?> FindSummaryAsync(int year, UnitId unit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, SqliteSql.FindSummary);
        command.Parameters.AddWithValue("$year", year);
        command.Parameters.AddWithValue("$unit", unit.Value);
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? Deserialize<UnitSummary>(json) : null;
    }

    public async Task<IReadOnlyList<UnitSummary>> ListChildrenAsync(int year, UnitId parent, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, SqliteSql.ListChildren);
        command.Parameters.AddWithValue("$year", year);
        command.Parameters.AddWithValue("$parent", parent.Value);
        return await ReadJsonAsync<UnitSummary>(command, cancellationToken).ToListAsync(cancellationToken);
    }

    public async IAsyncEnumerable<UnitSummary> ReadSummariesAsync(
        int year, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, SqliteSql.ReadSummaries);
        command.Parameters.AddWithValue("$year", year);
        await foreach (var summary in ReadJsonAsync<UnitSummary>(command, cancellationToken))
        {
            yield return summary;
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        // Durable at every checkpoint, and a commit does not wait for the disk: WAL makes that safe.
        await ExecuteAsync(connection, null, "pragma synchronous = normal", cancellationToken);
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async IAsyncEnumerable<T> ReadJsonAsync<T>(
        SqliteCommand command, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return Deserialize<T>(reader.GetString(0));
        }
    }

    private static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, ScoringJson.Options)
        ?? throw new InvalidOperationException($"A stored {typeof(T).Name} is null.");

    /// <summary>Writes grain rows through one prepared statement.</summary>
    private sealed class GrainWriter(SqliteConnection connection, SqliteTransaction transaction, string sql) : IAsyncDisposable
    {
        private readonly SqliteCommand _command = Command(connection, transaction, sql, "$year", "$unit", "$depth", "$version", "$state");

        public Task<int> WriteAsync(OrganizationState state, CancellationToken cancellationToken)
        {
            _command.Parameters["$year"].Value = state.Year;
            _command.Parameters["$unit"].Value = state.Unit.Value;
            _command.Parameters["$depth"].Value = state.Depth;
            _command.Parameters["$version"].Value = state.Version;
            _command.Parameters["$state"].Value = JsonSerializer.Serialize(state, ScoringJson.Options);
            return _command.ExecuteNonQueryAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => _command.DisposeAsync();
    }

    /// <summary>Writes read-model rows through one prepared statement.</summary>
    private sealed class SummaryWriter(SqliteConnection connection, SqliteTransaction transaction) : IAsyncDisposable
    {
        private readonly SqliteCommand _command = Command(
            connection, transaction, SqliteSql.UpsertSummary, "$year", "$unit", "$parent", "$depth", "$version", "$summary");

        public Task<int> WriteAsync(UnitSummary summary, CancellationToken cancellationToken)
        {
            _command.Parameters["$year"].Value = summary.Year;
            _command.Parameters["$unit"].Value = summary.Unit.Value;
            _command.Parameters["$parent"].Value = (object?)summary.Parent?.Value ?? DBNull.Value;
            _command.Parameters["$depth"].Value = summary.Depth;
            _command.Parameters["$version"].Value = summary.Version;
            _command.Parameters["$summary"].Value = JsonSerializer.Serialize(summary, ScoringJson.Options);
            return _command.ExecuteNonQueryAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => _command.DisposeAsync();
    }

    /// <summary>Writes mail rows through one prepared statement.</summary>
    private sealed class MailWriter(SqliteConnection connection, SqliteTransaction transaction) : IAsyncDisposable
    {
        private readonly SqliteCommand _command = Command(connection, transaction, SqliteSql.InsertMail, "$year", "$unit", "$depth", "$message");

        public Task<int> WriteAsync(Envelope envelope, CancellationToken cancellationToken)
        {
            _command.Parameters["$year"].Value = envelope.Year;
            _command.Parameters["$unit"].Value = envelope.To.Value;
            _command.Parameters["$depth"].Value = envelope.Depth;
            _command.Parameters["$message"].Value = JsonSerializer.Serialize(envelope.Message, ScoringJson.Options);
            return _command.ExecuteNonQueryAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => _command.DisposeAsync();
    }
}
