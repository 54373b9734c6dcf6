namespace Scoring.Silo.Storage.Postgres;

/// <summary>Every statement the PostgreSQL store runs (Orleans' clustering reads its own from the OrleansQuery table).</summary>
internal static class PostgresSql
{
    public const string CreateMigrationsTable = """
        create table if not exists schema_migrations (
            version    integer     primary key,
            name       text        not null,
            applied_at timestamptz not null)
        """;

    /// <summary>Migrations run one process at a time, whatever else starts alongside.</summary>
    public const string LockMigrations = "select pg_advisory_xact_lock(7262026)";

    public const string AppliedMigrations = "select version from schema_migrations";

    public const string RecordMigration = "insert into schema_migrations (version, name, applied_at) values ($1, $2, now())";

    public const string SchemaExists = "select to_regclass('grains') is not null";

    public const string ListYears = "select year from years order by year";

    public const string UpsertYear = """
        insert into years (year, regime, imported_at) values ($1, $2, now())
        on conflict (year) do update set imported_at = excluded.imported_at
        """;

    public const string ReadOrganizations = "select year, unit_id, state::text, etag from grains where year = $1 and unit_id = any($2)";

    public const string InsertOrganization = """
        insert into grains (year, unit_id, depth, version, etag, state) values ($1, $2, $3, $4, 1, $5::jsonb)
        on conflict (year, unit_id) do nothing
        """;

    public const string UpdateOrganization = """
        update grains set depth = $3, version = $4, state = $5::jsonb, etag = etag + 1
        where year = $1 and unit_id = $2 and etag = $6
        """;

    public const string DeleteOrganization = "delete from grains where year = $1 and unit_id = $2";

    public const string ReadYear = "select year, unit_id, state::text, etag from grains where year = $1";

    public const string ListUnits = """
        select unit_id, state ->> 'parent', state ->> 'kind', state ->> 'name'
        from grains where year = $1 order by depth, unit_id
        """;

    public const string InsertDeadMail = """
        insert into dead_mail (year, unit_id, kind, message, error, failed_at) values ($1, $2, $3, $4::jsonb, $5, $6)
        """;

    public const string FindResponse = "select request_hash, status, response from idempotent_requests where key = $1";

    /// <summary>A pending row (status 0) holds a key while its request is applied; one left behind by a crash is taken over.</summary>
    public const string ReserveResponse = """
        insert into idempotent_requests (key, request_hash, status, response, recorded_at) values ($1, $2, 0, '', now())
        on conflict (key) do update set recorded_at = excluded.recorded_at
        where idempotent_requests.status = 0
          and idempotent_requests.request_hash = excluded.request_hash
          and idempotent_requests.recorded_at < now() - $3
        """;

    public const string RecordResponse = """
        update idempotent_requests set status = $2, response = $3, recorded_at = now() where key = $1 and status = 0
        """;

    public const string ReleaseResponse = "delete from idempotent_requests where key = $1 and status = 0";

    public const string ClearDeadMail = "delete from dead_mail where year = $1";

    public const string CountDeadMail = "select count(*) from dead_mail where year = $1";

    public const string ListDeadMail =
        "select id, unit_id, kind, message::text, error, failed_at from dead_mail where year = $1 order by id";

    public const string InsertDecisionAudit = """
        insert into decision_audit (year, unit, recorded_at, decided_by, source, decision, previous) values ($1, $2, $3, $4, $5, $6, $7)
        """;

    public const string ListDecisionAudit = """
        select year, unit, recorded_at, decided_by, source, decision, previous from decision_audit
        where year = $1 and unit = $2 order by id desc
        """;

    public const string InsertCorrectionAudit = """
        insert into correction_audit (year, unit, recorded_at, corrected_by, source, kind, applied, previous)
        values ($1, $2, $3, $4, $5, $6, $7, $8)
        """;

    public const string ListCorrectionAudit = """
        select year, unit, recorded_at, corrected_by, source, kind, applied, previous from correction_audit
        where year = $1 and unit = $2 order by id desc
        """;

    /// <summary>The first process to need a key makes it; the others keep the one already there.</summary>
    public const string InsertSigningKey = "insert into signing_key (id, key) values (1, $1) on conflict (id) do nothing";

    public const string ReadSigningKey = "select key from signing_key where id = 1";
}
