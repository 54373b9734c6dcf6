using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Scoring.GrainInterfaces;
using Scoring.Grains;

namespace Scoring.Silo.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in write-ahead-log mode. Writes take SQLite's one write lock at once
/// (<c>begin immediate</c>), so a batch of grain writes is one transaction and one commit; readers see the last
/// committed batch.
/// </summary>
public sealed class SqliteScoringStore : IScoringStore
{
    /// <summary>SQLite's code for a statement a constraint or a trigger refused.</summary>
    private const int Constraint = 19;

    private const string SigningKeySuffix = ".signing-key";

    private readonly string _connectionString;
    private readonly string _file;

    public SqliteScoringStore(string connectionString)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true };
        }
        catch (ArgumentException exception)
        {
            throw new ArgumentException(
                $"'{connectionString}' is neither a SQLite file nor a PostgreSQL connection string ({exception.Message}).",
                nameof(connectionString),
                exception);
        }

        _file = Path.GetFullPath(builder.DataSource);
        _connectionString = builder.ToString();
    }

    public string Location => _file;

    public Task<bool> ExistsAsync(CancellationToken cancellationToken) => Task.FromResult(File.Exists(_file));

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (Path.GetDirectoryName(_file) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, SqliteSql.UseWriteAheadLog, cancellationToken);
        await ExecuteAsync(connection, null, SqliteSql.CreateMigrationsTable, cancellationToken);
        // One write transaction for the look and the changes: two processes starting on a new file never both migrate.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var applied = new HashSet<int>();
        await using (var read = Command(connection, transaction, SqliteSql.AppliedMigrations))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        foreach (var migration in MigrationScripts.Load(typeof(SqliteScoringStore).Assembly, $"{typeof(SqliteScoringStore).Namespace}.Migrations"))
        {
            if (applied.Contains(migration.Version))
            {
                continue;
            }

            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using var record = Command(connection, transaction, SqliteSql.RecordMigration);
            record.Parameters.AddWithValue("$version", migration.Version);
            record.Parameters.AddWithValue("$name", migration.Name);
            record.Parameters.AddWithValue("$appliedAt", DateTimeOffset.UtcNow.ToString("O"));
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
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

    public async Task RegisterYearAsync(int year, string regime, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, SqliteSql.UpsertYear);
        command.Parameters.AddWithValue("$year", year);
        command.Parameters.AddWithValue("$regime", regime);
        command.Parameters.AddWithValue("$importedAt", DateTimeOffset.UtcNow.ToString("O"));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StoredOrganization>> ReadOrganizationsAsync(
        int year, IReadOnlyList<string> units, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, SqliteSql.ReadOrganizations);
        command.Parameters.AddWithValue("$year", year);
        command.Parameters.AddWithValue("$units", JsonSerializer.Serialize(units));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<StoredOrganization>(units.Count);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(ReadOrganization(reader));
        }

        return found;
    }

    public async Task<IReadOnlyList<OrganizationWriteResult>> WriteOrganizationsAsync(IReadOnlyList<OrganizationWrite> writes, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var insert = Command(connection, transaction, SqliteSql.InsertOrganization, "$year", "$unit", "$depth", "$version", "$state");
        await using var update = Command(connection, transaction, SqliteSql.UpdateOrganization, "$year", "$unit", "$depth", "$version", "$state", "$etag");
        var results = new OrganizationWriteResult[writes.Count];
        for (var i = 0; i < writes.Count; i++)
        {
            var (state, expected) = writes[i];
            var command = expected is null ? insert : update;
            command.Parameters["$year"].Value = state.Year;
            command.Parameters["$unit"].Value = state.Unit.Value;
            command.Parameters["$depth"].Value = state.Depth;
            command.Parameters["$version"].Value = state.Version;
            command.Parameters["$state"].Value = writes[i].StateJson;
            if (expected is { } etag)
            {
                command.Parameters["$etag"].Value = etag;
            }

            try
            {
                results[i] = await command.ExecuteNonQueryAsync(cancellationToken) == 1
                    ? OrganizationWriteResult.Written((expected ?? 0) + 1)
                    : OrganizationWriteResult.Conflict;
            }
            catch (SqliteException exception) when (exception.SqliteErrorCode is Constraint)
            {
                // SQLite undoes the one statement and keeps the transaction: the other rows still commit.
                results[i] = OrganizationWriteResult.Failed(exception);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    public async Task DeleteOrganizationAsync(int year, string unit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, SqliteSql.DeleteOrganization);
        command.Parameters.AddWithValue("$year", year);
        command.Parameters.AddWithValue("$unit", unit);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<YearSnapshot> ReadYearAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // A deferred transaction reads one snapshot of the write-ahead log from its first statement to its end.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var organizations = new List<StoredOrganization>();
        await using (var command = Command(connection, transaction, SqliteSql.ReadYear))
        {
            command.Parameters.AddWithValue("$year", year);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                organizations.Add(ReadOrganization(reader));
            }
        }

        var dead = await CountAsync(connection, transaction, SqliteSql.CountDeadMail, year, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new YearSnapshot(organizations, dead);
    }

    public async Task RecordDeadMailAsync(int year, IReadOnlyList<DeadLetter> letters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = Command(connection, transaction, SqliteSql.InsertDeadMail, "$year", "$unit", "$kind", "$message", "$error", "$failedAt");
        foreach (var letter in letters)
        {
            command.Parameters["$year"].Value = year;
            command.Parameters["$unit"].Value = letter.Unit.Value;
            command.Parameters["$kind"].Value = letter.Kind;
            command.Parameters["$message"].Value = letter.Message;
            command.Parameters["$error"].Value = letter.Error;
            command.Parameters["$failedAt"].Value = letter.FailedAt.ToString("O");
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task ClearDeadMailAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, SqliteSql.ClearDeadMail);
        command.Parameters.AddWithValue("$year", year);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IdempotentResponse?> FindResponseAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, SqliteSql.FindResponse);
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new IdempotentResponse(reader.GetString(0), reader.GetInt32(1), reader.GetString(2))
            : null;
    }

    public async Task<bool> ReserveResponseAsync(string key, string requestHash, TimeSpan abandonedAfter, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, SqliteSql.ReserveResponse);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$hash", requestHash);
        command.Parameters.AddWithValue("$now", now.ToString("O"));
        command.Parameters.AddWithValue("$abandonedBefore", (now - abandonedAfter).ToString("O"));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> RecordResponseAsync(string key, IdempotentResponse response, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, SqliteSql.RecordResponse);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$status", response.Status);
        command.Parameters.AddWithValue("$response", response.Body);
        command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O"));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task ReleaseResponseAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, SqliteSql.ReleaseResponse);
        command.Parameters.AddWithValue("$key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DeadLetter>> ListDeadMailAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, SqliteSql.ListDeadMail);
        command.Parameters.AddWithValue("$year", year);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var letters = new List<DeadLetter>();
        while (await reader.ReadAsync(cancellationToken))
        {
            letters.Add(StoredRows.DeadLetter(reader));
        }

        return letters;
    }

    public async Task RecordDecisionsAsync(IReadOnlyList<DecisionAudit> entries, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = Command(
            connection, transaction, SqliteSql.InsertDecisionAudit, "$year", "$unit", "$at", "$by", "$source", "$decision", "$previous");
        foreach (var entry in entries)
        {
            command.Parameters["$year"].Value = entry.Year;
            command.Parameters["$unit"].Value = entry.Unit.Value;
            command.Parameters["$at"].Value = entry.At.ToUniversalTime().ToString("O");
            command.Parameters["$by"].Value = entry.By;
            command.Parameters["$source"].Value = entry.Source;
            command.Parameters["$decision"].Value = (object?)DecisionJson.Write(entry.Decision) ?? DBNull.Value;
            command.Parameters["$previous"].Value = (object?)DecisionJson.Write(entry.Previous) ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<UnitRecord>> ListUnitsAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, SqliteSql.ListUnits);
        command.Parameters.AddWithValue("$year", year);
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
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, SqliteSql.ListDecisionAudit);
        command.Parameters.AddWithValue("$year", year);
        command.Parameters.AddWithValue("$unit", unit.Value);
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
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, SqliteSql.InsertCorrectionAudit);
        command.Parameters.AddWithValue("$year", entry.Year);
        command.Parameters.AddWithValue("$unit", entry.Unit.Value);
        command.Parameters.AddWithValue("$at", entry.At.ToUniversalTime().ToString("O"));
        command.Parameters.AddWithValue("$by", entry.By);
        command.Parameters.AddWithValue("$source", entry.Source);
        command.Parameters.AddWithValue("$kind", entry.Kind);
        command.Parameters.AddWithValue("$applied", entry.Applied);
        command.Parameters.AddWithValue("$previous", (object?)entry.Previous ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CorrectionAudit>> ListCorrectionsAsync(int year, UnitId unit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, SqliteSql.ListCorrectionAudit);
        command.Parameters.AddWithValue("$year", year);
        command.Parameters.AddWithValue("$unit", unit.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<CorrectionAudit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(StoredRows.Correction(reader));
        }

        return entries;
    }

    /// <summary>The key lives in <c>&lt;database&gt;.signing-key</c> beside the file, readable by its owner alone.</summary>
    public async Task<byte[]> ReadSigningKeyAsync(CancellationToken cancellationToken)
    {
        var path = _file + SigningKeySuffix;
        if (!File.Exists(path))
        {
            // Written whole under another name, then moved into place without replacing: two processes making a key at
            // once both end up reading the one that landed first.
            var fresh = $"{path}.{Guid.NewGuid():N}.tmp";
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            await using (var writer = new StreamWriter(fresh, options))
            {
                await writer.WriteLineAsync(Convert.ToBase64String(SigningKeys.New()).AsMemory(), cancellationToken);
            }

            try
            {
                File.Move(fresh, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(fresh);
            }
        }

        return SigningKeys.Checked(Convert.FromBase64String((await File.ReadAllTextAsync(path, cancellationToken)).Trim()), path);
    }

    private static StoredOrganization ReadOrganization(SqliteDataReader reader) =>
        new(reader.GetInt32(0),
            reader.GetString(1),
            JsonSerializer.Deserialize<OrganizationState>(reader.GetString(2), ScoringJson.Stored)
                ?? throw new JsonException($"The stored state of {reader.GetInt32(0)}/{reader.GetString(1)} is null."),
            reader.GetInt64(3));

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, SqliteSql.SynchronousNormal, cancellationToken);
        return connection;
    }

    private static async Task<long> CountAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, int year, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        command.Parameters.AddWithValue("$year", year);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new SqliteParameter(parameter, null));
        }

        return command;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
