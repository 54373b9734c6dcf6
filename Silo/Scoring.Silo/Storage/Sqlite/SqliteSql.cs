namespace Scoring.Silo.Storage.Sqlite;

/// <summary>Every statement the SQLite store runs.</summary>
internal static class SqliteSql
{
    public const string UseWriteAheadLog = "pragma journal_mode = wal";

    /// <summary>Durable at every checkpoint, and a commit does not wait for the disk: the write-ahead log makes that safe.</summary>
    public const string SynchronousNormal = "pragma synchronous = normal";

    public const string CreateMigrationsTable = """
        create table if not exists schema_migrations (
            version    integer primary key,
            name       text not null,
            applied_at text not null)
        """;

    public const string AppliedMigrations = "select version from schema_migrations";

    public const string RecordMigration =
        "insert into schema_migrations (version, name, applied_at) values ($version, $name, $appliedAt)";

    public const string ListYears = "select year from years order by year";

    public const string UpsertYear = """
        insert into years (year, regime, imported_at) values ($year, $regime, $importedAt)
        on conflict (year) do update set imported_at = excluded.imported_at
        """;

    public const string LoadStates = "select state from grains where year = $year";

    public const string InsertGrain =
        "insert into grains (year, unit_id, depth, version, state) values ($year, $unit, $depth, $version, $state)";

    public const string UpsertSummary = """
        insert into unit_summaries (year, unit_id, parent_id, depth, version, summary)
        values ($year, $unit, $parent, $depth, $version, $summary)
        on conflict (year, unit_id) do update set
            version = excluded.version, summary = excluded.summary
        """;

    public const string InsertMail =
        "insert into mail (year, unit_id, depth, kind, message) values ($year, $unit, $depth, $kind, $message)";

    public const string DeleteWaitingInputs = """
        delete from mail
        where year = $year and kind in ($assessment, $assessmentWithdrawal, $members, $membersWithdrawal)
        """;

    public const string DeepestMailDepth = "select max(depth) from mail where ($year is null or year = $year)";

    public const string ClaimGrains = """
        select distinct year, unit_id from mail
        where depth = $depth and ($year is null or year = $year)
        order by year, unit_id
        limit $limit
        """;

    public const string LoadState = "select state from grains where year = $year and unit_id = $unit";

    public const string LoadMail = """
        select id, message from mail
        where depth = $depth and year = $year and unit_id = $unit
        order by id
        """;

    public const string DeleteMail =
        "delete from mail where depth = $depth and year = $year and unit_id = $unit and id <= $lastId";

    public const string BuryMail = """
        insert into dead_mail (id, year, unit_id, kind, message, error, failed_at)
        select id, year, unit_id, kind, message, $error, $failedAt from mail where id = $id
        """;

    public const string ListDeadMail =
        "select id, unit_id, kind, error, failed_at from dead_mail where year = $year order by id";

    public const string RequeueDeadMail = """
        insert into mail (year, unit_id, depth, kind, message)
        select d.year, d.unit_id, g.depth, d.kind, d.message
        from dead_mail d join grains g on g.year = d.year and g.unit_id = d.unit_id
        where d.year = $year
        order by d.id
        """;

    public const string DeleteRequeuedDeadMail = """
        delete from dead_mail
        where year = $year and exists (select 1 from grains g where g.year = dead_mail.year and g.unit_id = dead_mail.unit_id)
        """;

    public const string UpdateGrain =
        "update grains set version = $version, state = $state where year = $year and unit_id = $unit";

    public const string CountMail = "select count(*) from mail where year = $year";

    public const string CountDeadMail = "select count(*) from dead_mail where year = $year";

    public const string FindSummary = "select summary from unit_summaries where year = $year and unit_id = $unit";

    public const string FindRoot = "select summary from unit_summaries where year = $year and depth = 0";

    public const string ListChildren =
        "select summary from unit_summaries where year = $year and parent_id = $parent order by unit_id";

    public const string ReadStoredSummaries =
        "select unit_id, parent_id, depth, version, summary from unit_summaries where year = $year";

    public const string ReadSummaries = "select summary from unit_summaries where year = $year order by depth, unit_id";
}
