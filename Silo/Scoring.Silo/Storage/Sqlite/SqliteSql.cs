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

    /// <summary>The units come as one JSON array, so one statement reads any number of them.</summary>
    public const string ReadOrganizations = """
        select year, unit_id, state, etag from grains
        where year = $year and unit_id in (select value from json_each($units))
        """;

    public const string InsertOrganization = """
        insert into grains (year, unit_id, depth, version, etag, state) values ($year, $unit, $depth, $version, 1, $state)
        on conflict (year, unit_id) do nothing
        """;

    public const string UpdateOrganization = """
        update grains set depth = $depth, version = $version, state = $state, etag = etag + 1
        where year = $year and unit_id = $unit and etag = $etag
        """;

    public const string DeleteOrganization = "delete from grains where year = $year and unit_id = $unit";

    public const string ReadYear = "select year, unit_id, state, etag from grains where year = $year";

    public const string ListUnits = """
        select unit_id, json_extract(state, '$.parent'), json_extract(state, '$.kind'), json_extract(state, '$.name')
        from grains where year = $year order by depth, unit_id
        """;

    public const string InsertDeadMail = """
        insert into dead_mail (year, unit_id, kind, message, error, failed_at)
        values ($year, $unit, $kind, $message, $error, $failedAt)
        """;

    public const string FindResponse = "select request_hash, status, response from idempotent_requests where key = $key";

    /// <summary>A pending row (status 0) holds a key while its request is applied; one left behind by a crash is taken over.</summary>
    public const string ReserveResponse = """
        insert into idempotent_requests (key, request_hash, status, response, recorded_at)
        values ($key, $hash, 0, '', $now)
        on conflict (key) do update set recorded_at = excluded.recorded_at
        where idempotent_requests.status = 0
          and idempotent_requests.request_hash = excluded.request_hash
          and idempotent_requests.recorded_at < $abandonedBefore
        """;

    public const string RecordResponse = """
        update idempotent_requests set status = $status, response = $response, recorded_at = $now
        where key = $key and status = 0
        """;

    public const string ReleaseResponse = "delete from idempotent_requests where key = $key and status = 0";

    public const string ClearDeadMail = "delete from dead_mail where year = $year";

    public const string CountDeadMail = "select count(*) from dead_mail where year = $year";

    public const string ListDeadMail =
        "select id, unit_id, kind, message, error, failed_at from dead_mail where year = $year order by id";

    public const string InsertDecisionAudit = """
        insert into decision_audit (year, unit, recorded_at, decided_by, source, decision, previous)
        values ($year, $unit, $at, $by, $source, $decision, $previous)
        """;

    public const string ListDecisionAudit = """
        select year, unit, recorded_at, decided_by, source, decision, previous from decision_audit
        where year = $year and unit = $unit order by id desc
        """;

    public const string InsertCorrectionAudit = """
        insert into correction_audit (year, unit, recorded_at, corrected_by, source, kind, applied, previous)
        values ($year, $unit, $at, $by, $source, $kind, $applied, $previous)
        """;

    public const string ListCorrectionAudit = """
        select year, unit, recorded_at, corrected_by, source, kind, applied, previous from correction_audit
        where year = $year and unit = $unit order by id desc
        """;
}
