using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Scoring.GrainInterfaces;
using Scoring.Grains;

namespace Scoring.Silo.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file. Every write transaction begins immediately, taking SQLite's single write
/// lock at once, so a turn batch's transaction is the only claim it needs and an import's look at the grains
/// cannot go stale before it writes; readers see the last committed batch through the write-ahead log.
/// </summary>
public sealed class SqliteGrainStore : IGrainStore
{
    private readonly string _connectionString;
    private readonly string _file;

    public SqliteGrainStore(string connectionString)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true };
        }
        catch (ArgumentException exception)
        {
            throw new ArgumentException(
                $"'{connectionString}' is not a SQLite connection string ({exception.Message}); only SQLite stores are supported so far.",
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

            await using var transaction = connection.BeginTransaction(deferred: false);
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

    public async Task<YearSnapshot> ReadYearAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // A deferred transaction reads one snapshot of the write-ahead log from its first statement to its end.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var states = await LoadStatesAsync(connection, transaction, year, cancellationToken);
        var summaries = new List<StoredSummary>(states.Count);
        await using (var command = Command(connection, transaction, SqliteSql.ReadStoredSummaries))
        {
            command.Parameters.AddWithValue("$year", year);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                summaries.Add(new StoredSummary(
                    new UnitId(reader.GetString(0)),
                    reader.IsDBNull(1) ? null : new UnitId(reader.GetString(1)),
                    reader.GetInt32(2),
                    reader.GetInt64(3),
                    Deserialize<UnitSummary>(reader.GetString(4))));
            }
        }

        var mail = await CountAsync(connection, transaction, SqliteSql.CountMail, year, cancellationToken);
        var dead = await CountAsync(connection, transaction, SqliteSql.CountDeadMail, year, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new YearSnapshot(states, summaries, mail, dead);
    }

    public async Task<YearImportPlan?> ImportAsync(int year, ImportDecision decide, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        if (decide(await LoadStatesAsync(connection, transaction, year, cancellationToken)) is not { } plan)
        {
            return null;
        }

        await using (var upsertYear = Command(connection, transaction, SqliteSql.UpsertYear))
        {
            upsertYear.Parameters.AddWithValue("$year", plan.Year);
            upsertYear.Parameters.AddWithValue("$regime", plan.Regime);
            upsertYear.Parameters.AddWithValue("$importedAt", DateTimeOffset.UtcNow.ToString("O"));
            await upsertYear.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var replaced = Command(connection, transaction, SqliteSql.DeleteWaitingInputs))
        {
            replaced.Parameters.AddWithValue("$year", plan.Year);
            replaced.Parameters.AddWithValue("$assessment", MailKinds.Assessment);
            replaced.Parameters.AddWithValue("$assessmentWithdrawal", MailKinds.AssessmentWithdrawal);
            replaced.Parameters.AddWithValue("$members", MailKinds.Members);
            replaced.Parameters.AddWithValue("$membersWithdrawal", MailKinds.MembersWithdrawal);
            await replaced.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var insert = new GrainWriter(connection, transaction, SqliteSql.InsertGrain))
        {
            foreach (var state in plan.NewGrains)
            {
                await insert.WriteAsync(state, cancellationToken);
            }
        }

        await using (var rename = new GrainWriter(connection, transaction, SqliteSql.UpdateGrain))
        {
            foreach (var state in plan.RenamedGrains)
            {
                await rename.WriteAsync(state, cancellationToken);
            }
        }

        await using (var summaries = new SummaryWriter(connection, transaction))
        {
            foreach (var summary in plan.Summaries)
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
        return plan;
    }

    public async Task<BatchOutcome> RunTurnBatchAsync(int maxGrains, int? year, TurnHandler turn, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var onlyYear = (object?)year ?? DBNull.Value;

        int depth;
        await using (var deepest = Command(connection, transaction, SqliteSql.DeepestMailDepth))
        {
            deepest.Parameters.AddWithValue("$year", onlyYear);
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
            claim.Parameters.AddWithValue("$year", onlyYear);
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
        await using var buryMail = Command(connection, transaction, SqliteSql.BuryMail, "$id", "$error", "$failedAt");
        await using var update = new GrainWriter(connection, transaction, SqliteSql.UpdateGrain);
        await using var summaries = new SummaryWriter(connection, transaction);
        await using var outgoing = new MailWriter(connection, transaction);

        int turned = 0, delivered = 0, reports = 0, rejected = 0;
        foreach (var (grainYear, unit) in claimed)
        {
            SetGrain(loadState, grainYear, unit);
            var stateJson = (string?)await loadState.ExecuteScalarAsync(cancellationToken);
            SetGrain(loadMail, grainYear, unit, depth);
            var mail = new List<(long Id, string Json)>();
            await using (var reader = await loadMail.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    mail.Add((reader.GetInt64(0), reader.GetString(1)));
                }
            }

            var attempt = TurnAttempt.Run(turn, Deserialize<OrganizationState>, Deserialize<GrainMessage>, (grainYear, unit), stateJson, mail);
            // Mail no grain can take would otherwise fail this batch forever and stall the year behind it.
            foreach (var (mailId, error) in attempt.Rejected)
            {
                buryMail.Parameters["$id"].Value = mailId;
                buryMail.Parameters["$error"].Value = error;
                buryMail.Parameters["$failedAt"].Value = DateTimeOffset.UtcNow.ToString("O");
                await buryMail.ExecuteNonQueryAsync(cancellationToken);
            }

            rejected += attempt.Rejected.Count;
            if (attempt.Result is { } result)
            {
                turned++;
                delivered += mail.Count - attempt.Rejected.Count;
                await update.WriteAsync(result.State, cancellationToken);
                if (result.Summary.Version != attempt.VersionBefore)
                {
                    await summaries.WriteAsync(result.Summary, cancellationToken);
                }

                if (result.ReportToParent is { } report && result.State.Parent is { } parent)
                {
                    await outgoing.WriteAsync(new Envelope(grainYear, parent, depth - 1, new ChildReported(report)), cancellationToken);
                    reports++;
                }
            }

            SetGrain(deleteMail, grainYear, unit, depth, mail[^1].Id);
            await deleteMail.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new BatchOutcome(claimed.Count, turned, delivered, reports, rejected);
    }

    public Task<long> CountMailAsync(int year, CancellationToken cancellationToken) =>
        CountAsync(SqliteSql.CountMail, year, cancellationToken);

    public Task<long> CountDeadMailAsync(int year, CancellationToken cancellationToken) =>
        CountAsync(SqliteSql.CountDeadMail, year, cancellationToken);

    public async Task<IReadOnlyList<DeadLetter>> ListDeadMailAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, SqliteSql.ListDeadMail);
        command.Parameters.AddWithValue("$year", year);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var letters = new List<DeadLetter>();
        while (await reader.ReadAsync(cancellationToken))
        {
            letters.Add(new DeadLetter(
                reader.GetInt64(0),
                new UnitId(reader.GetString(1)),
                reader.GetString(2),
                reader.GetString(3),
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture)));
        }

        return letters;
    }

    public async Task<int> RequeueDeadMailAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        int requeued;
        await using (var requeue = Command(connection, transaction, SqliteSql.RequeueDeadMail))
        {
            requeue.Parameters.AddWithValue("$year", year);
            requeued = await requeue.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var delete = Command(connection, transaction, SqliteSql.DeleteRequeuedDeadMail))
        {
            delete.Parameters.AddWithValue("$year", year);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return requeued;
    }

    public async Task<UnitSummary?> FindSummaryAsync(int year, UnitId unit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, SqliteSql.FindSummary);
        command.Parameters.AddWithValue("$year", year);
        command.Parameters.AddWithValue("$unit", unit.Value);
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? Deserialize<UnitSummary>(json) : null;
    }

    public async Task<UnitSummary?> FindRootAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, SqliteSql.FindRoot);
        command.Parameters.AddWithValue("$year", year);
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
        await ExecuteAsync(connection, null, SqliteSql.SynchronousNormal, cancellationToken);
        return connection;
    }

    private static async Task<IReadOnlyList<OrganizationState>> LoadStatesAsync(
        SqliteConnection connection, SqliteTransaction transaction, int year, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, SqliteSql.LoadStates);
        command.Parameters.AddWithValue("$year", year);
        return await ReadJsonAsync<OrganizationState>(command, cancellationToken).ToListAsync(cancellationToken);
    }

    private async Task<long> CountAsync(string sql, int year, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await CountAsync(connection, null, sql, year, cancellationToken);
    }

    private static async Task<long> CountAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, int year, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        command.Parameters.AddWithValue("$year", year);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>A write that misses its row would leave a turn half applied: it fails the whole transaction instead.</summary>
    private static async Task<int> ExactlyOneRowAsync(SqliteCommand command, string what, CancellationToken cancellationToken)
    {
        var rows = await command.ExecuteNonQueryAsync(cancellationToken);
        return rows == 1 ? rows : throw new InvalidOperationException($"Writing {what} changed {rows} rows instead of one.");
    }

    private static void SetGrain(SqliteCommand command, int year, string unit, int? depth = null, long? lastId = null)
    {
        command.Parameters["$year"].Value = year;
        command.Parameters["$unit"].Value = unit;
        if (depth is not null)
        {
            command.Parameters["$depth"].Value = depth;
        }

        if (lastId is not null)
        {
            command.Parameters["$lastId"].Value = lastId;
        }
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
        JsonSerializer.Deserialize<T>(json, ScoringJson.Stored)
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
            _command.Parameters["$state"].Value = JsonSerializer.Serialize(state, ScoringJson.Stored);
            return ExactlyOneRowAsync(_command, $"the grain of unit '{state.Unit}' in {state.Year}", cancellationToken);
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
            _command.Parameters["$summary"].Value = JsonSerializer.Serialize(summary, ScoringJson.Stored);
            return _command.ExecuteNonQueryAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => _command.DisposeAsync();
    }

    /// <summary>Writes mail rows through one prepared statement.</summary>
    private sealed class MailWriter(SqliteConnection connection, SqliteTransaction transaction) : IAsyncDisposable
    {
        private readonly SqliteCommand _command = Command(
            connection, transaction, SqliteSql.InsertMail, "$year", "$unit", "$depth", "$kind", "$message");

        public Task<int> WriteAsync(Envelope envelope, CancellationToken cancellationToken)
        {
            _command.Parameters["$year"].Value = envelope.Year;
            _command.Parameters["$unit"].Value = envelope.To.Value;
            _command.Parameters["$depth"].Value = envelope.Depth;
            _command.Parameters["$kind"].Value = MailKinds.Of(envelope.Message);
            _command.Parameters["$message"].Value = JsonSerializer.Serialize(envelope.Message, ScoringJson.Stored);
            return _command.ExecuteNonQueryAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => _command.DisposeAsync();
    }
}
