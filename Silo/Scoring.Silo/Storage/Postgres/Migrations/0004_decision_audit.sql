-- Every decision a deciding committee recorded, withdrew or replaced: who, when, how (import, API, command), the
-- decision and the one it replaced. Rows are only ever added.
create table decision_audit (
    id          bigint      generated always as identity primary key,
    year        integer     not null,
    unit        text        not null,
    recorded_at timestamptz not null,
    decided_by  text        not null,
    source      text        not null,
    decision    text,
    previous    text
);
create index decision_audit_by_unit on decision_audit (year, unit, id);
