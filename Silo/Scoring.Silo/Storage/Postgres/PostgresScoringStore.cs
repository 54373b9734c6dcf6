using System.Text.Json;
using Npgsql;
using Scoring.GrainInterfaces;
using Scoring.Grains;

namespace Scoring.Silo.Storage.Postgres;

/// <summary>
/// The cluster's store: one PostgreSQL database shared by every silo and client. A batch of grain writes is one
/// transaction sent in one round trip, so one commit (one fsync) covers hundreds of grains.
/// </summary>
public sealed class PostgresScoringStore : IScoringStore, IAsyncDisposable
{
    /// <summary>PostgreSQL's code for a database that does not exist.</summary>
    private const string NoSuchDatabase = "3D000";

    private readonly NpgsqlConnectionStringBuilder _settings;
    private readonly NpgsqlDataSource _dataSource;

    public PostgresScoringStore(string connectionString)
    {
        _settings = ReadSettings(connectionString);
        _dataSource = NpgsqlDataSource.Create(_settings);
    }

    public string Location => $"PostgreSQL database {_settings.Database} on {_settings.Host}:{_settings.Port}";

    /// <summary>The settings of a connection string that can work; an <see cref="ArgumentException"/> says why one cannot.</summary>
    public static NpgsqlConnectionStringBuilder ReadSettings(string connectionString)
    {
        NpgsqlConnectionStringBuilder settings;
        try
        {
            settings = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException exception)
        {
            throw new ArgumentException($"'{connectionString}' is not a PostgreSQL connection string ({exception.Message}).", nameof(connectionString), exception);
        }

        return string.IsNullOrEmpty(settings.Database)
            ? throw new ArgumentException("The PostgreSQL connection string names no Database.", nameof(connectionString))
            : settings;
    }

    public async Task<bool> ExistsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var command = _dataSource.CreateCommand(PostgresSql.SchemaExists);
            return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        catch (PostgresException exception) when (exception.SqlState == NoSuchDatabase)
        {
            return false;
        }
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await CreateDatabaseIfMissingAsync(cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, PostgresSql.LockMigrations, cancellationToken);
        await ExecuteAsync(connection, transaction, PostgresSql.CreateMigrationsTable, cancellationToken);
        var applied = new HashSet<int>();
        await using (var read = new NpgsqlCommand(PostgresSql.AppliedMigrations, connection, transaction))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        foreach (var migration in MigrationScripts.Load(typeof(PostgresScoringStore).Assembly, $"{typeof(PostgresScoringStore).Namespace}.Migrations"))
        {
            if (applied.Contains(migration.Version))
            {
                continue;
            }

            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using var record = new NpgsqlCommand(PostgresSql.RecordMigration, connection, transaction);
            record.Parameters.Add(new NpgsqlParameter<int> { TypedValue = migration.Version });
            record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = migration.Name });
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<int>> ListYearsAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(PostgresSql.ListYears);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var years = new List<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            years.Add(reader.GetInt32(0));
        }

        return years;
    }

    public async Task RegisterYearAsync(int year, string regime, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(PostgresSql.UpsertYear);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = year });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = regime });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StoredOrganization>> ReadOrganizationsAsync(
        int year, IReadOnlyList<string> units, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(PostgresSql.ReadOrganizations);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = year });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = units.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<StoredOrganization>(units.Count);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(ReadOrganization(reader));
        }

        return found;
    }

    public async Task<IReadOnlyList<OrganizationWriteResult>> WriteOrganizationsAsync(
        IReadOnlyList<OrganizationWrite> writes, CancellationToken cancellationToken)
    {
        try
        {
            return await WriteTogetherAsync(writes, cancellationToken);
        }
        catch (PostgresException) when (writes.Count > 1)
        {
            // One row the database refuses aborts the whole transaction: write each alone to find it, and keep the rest.
            var results = new OrganizationWriteResult[writes.Count];
            for (var i = 0; i < writes.Count; i++)
            {
                try
                {
                    results[i] = (await WriteTogetherAsync([writes[i]], cancellationToken))[0];
                }
                catch (PostgresException exception)
                {
                    results[i] = OrganizationWriteResult.Failed(exception);
                }
            }

            return results;
        }
    }

    public async Task DeleteOrganizationAsync(int year, string unit, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(PostgresSql.DeleteOrganization);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = year });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = unit });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<YearSnapshot> ReadYearAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        // Repeatable read: both queries see the same moment, whatever commits between them.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var organizations = new List<StoredOrganization>();
        await using (var command = new NpgsqlCommand(PostgresSql.ReadYear, connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = year });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                organizations.Add(ReadOrganization(reader));
            }
        }

        long dead;
        await using (var count = new NpgsqlCommand(PostgresSql.CountDeadMail, connection, transaction))
        {
            count.Parameters.Add(new NpgsqlParameter<int> { TypedValue = year });
            dead = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        }

        await transaction.CommitAsync(cancellationToken);
        return new YearSnapshot(organizations, dead);
    }

    public async Task RecordDeadMailAsync(int year, IReadOnlyList<DeadLetter> letters, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var letter in letters)
        {
            var command = new NpgsqlBatchCommand(PostgresSql.InsertDeadMail);
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = year });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = letter.Unit.Value });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = letter.Kind });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = letter.Message });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = letter.Error });
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = letter.FailedAt.ToUniversalTime() });
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RecordDecisionsAsync(IReadOnlyList<DecisionAudit> entries, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var entry in entries)
        {
            var command = new NpgsqlBatchCommand(PostgresSql.InsertDecisionAudit);
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = entry.Year });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.Unit.Value });
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = entry.At.ToUniversalTime() });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.By });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.Source });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)DecisionJson.Write(entry.Decision) ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)DecisionJson.Write(entry.Previous) ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            batch.BatchCommands.Add(command);
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<UnitRecord>> ListUnitsAsync(int year, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(PostgresSql.ListUnits);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = year });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var units = new List<UnitRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            units.Add(StoredUnit.Read(reader));
        }

        return units;
    }

    public async Task<IReadOnlyList<DecisionAudit>> ListDecisionsAsync(int year, UnitId unit, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(PostgresSql.ListDecisionAudit);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = year });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = unit.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<DecisionAudit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(StoredRows.Decision(reader));
        }

        return entries;
    }

    public async Task RecordCorrectionAsync(CorrectionAudit entry, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(PostgresSql.InsertCorrectionAudit);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = entry.Year });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.Unit.Value });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = entry.At.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.By });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.Source });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.Kind });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.Applied });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.Previous ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CorrectionAudit>> ListCorrectionsAsync(int year, UnitId unit, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(PostgresSql.ListCorrectionAudit);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = year });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = unit.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<CorrectionAudit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(StoredRows.Correction(reader));
        }

        return entries;
    }

    public async Task<byte[]> ReadSigningKeyAsync(CancellationToken cancellationToken)
    {
        await using (var insert = _dataSource.CreateCommand(PostgresSql.InsertSigningKey))
        {
            insert.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = SigningKeys.New() });
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var read = _dataSource.CreateCommand(PostgresSql.ReadSigningKey);
        return SigningKeys.Checked((byte[])(await read.ExecuteScalarAsync(cancellationToken))!, Location);
    }

    public async Task ClearDeadMailAsync(int year, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(PostgresSql.ClearDeadMail);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = year });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IdempotentResponse?> FindResponseAsync(string key, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(PostgresSql.FindResponse);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new IdempotentResponse(reader.GetString(0), reader.GetInt32(1), reader.GetString(2))
            : null;
    }

    public async Task<bool> ReserveResponseAsync(string key, string requestHash, TimeSpan abandonedAfter, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(PostgresSql.ReserveResponse);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = requestHash });
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = abandonedAfter });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> RecordResponseAsync(string key, IdempotentResponse response, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(PostgresSql.RecordResponse);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = response.Status });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = response.Body });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task ReleaseResponseAsync(string key, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(PostgresSql.ReleaseResponse);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DeadLetter>> ListDeadMailAsync(int year, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(PostgresSql.ListDeadMail);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = year });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var letters = new List<DeadLetter>();
        while (await reader.ReadAsync(cancellationToken))
        {
            letters.Add(StoredRows.DeadLetter(reader));
        }

        return letters;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private async Task<IReadOnlyList<OrganizationWriteResult>> WriteTogetherAsync(
        IReadOnlyList<OrganizationWrite> writes, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var write in writes)
        {
            var (state, expected) = write;
            var command = new NpgsqlBatchCommand(expected is null ? PostgresSql.InsertOrganization : PostgresSql.UpdateOrganization);
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = state.Year });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = state.Unit.Value });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = state.Depth });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = state.Version });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = write.StateJson });
            if (expected is { } etag)
            {
                command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = etag });
            }

            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var results = new OrganizationWriteResult[writes.Count];
        for (var i = 0; i < writes.Count; i++)
        {
            results[i] = batch.BatchCommands[i].RecordsAffected == 1
                ? OrganizationWriteResult.Written((writes[i].ExpectedETag ?? 0) + 1)
                : OrganizationWriteResult.Conflict;
        }

        return results;
    }

    private async Task CreateDatabaseIfMissingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var probe = await _dataSource.OpenConnectionAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == NoSuchDatabase)
        {
            var server = new NpgsqlConnectionStringBuilder(_settings.ConnectionString) { Database = "postgres", Pooling = false };
            await using var connection = new NpgsqlConnection(server.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            // A database name cannot be a parameter; quoting it as an identifier keeps it one name.
            await using var create = new NpgsqlCommand($"create database \"{_settings.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static StoredOrganization ReadOrganization(NpgsqlDataReader reader) =>
        new(reader.GetInt32(0),
            reader.GetString(1),
            JsonSerializer.Deserialize<OrganizationState>(reader.GetString(2), ScoringJson.Stored)
                ?? throw new JsonException($"The stored state of {reader.GetInt32(0)}/{reader.GetString(1)} is null."),
            reader.GetInt64(3));

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
