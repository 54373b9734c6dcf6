-- The years imported, under the regime that rated them.
create table years (
    year        integer     primary key,
    regime      text        not null,
    imported_at timestamptz not null
);

-- One row per organization grain: its whole state, kept by the Orleans grain storage. The etag guards a row
-- against a write from an activation that read an older one.
create table grains (
    year    integer not null,
    unit_id text    not null,
    depth   integer not null,
    version bigint  not null,
    etag    bigint  not null,
    state   jsonb   not null,
    primary key (year, unit_id)
);

-- The inputs a unit refused in a year's last run, with the error that said why.
create table dead_mail (
    id        bigint      generated always as identity primary key,
    year      integer     not null,
    unit_id   text        not null,
    kind      text        not null,
    message   jsonb       not null,
    error     text        not null,
    failed_at timestamptz not null
);

create index dead_mail_by_year_and_unit on dead_mail (year, unit_id);
