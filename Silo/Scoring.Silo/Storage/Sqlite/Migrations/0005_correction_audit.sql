-- Every correction of a unit's assessment or member tally through the API or submit: who, when, how, the row applied
-- and the row it replaced (JSON). Rows are only ever added.
create table correction_audit (
    id           integer primary key autoincrement,
    year         integer not null,
    unit         text    not null,
    recorded_at  text    not null,
    corrected_by text    not null,
    source       text    not null,
    kind         text    not null,
    applied      text    not null,
    previous     text
);
create index correction_audit_by_unit on correction_audit (year, unit, id);
