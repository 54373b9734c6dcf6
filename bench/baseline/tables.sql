-- The baseline's tables: units.csv and members.csv as DOMAIN.md §8 defines them. assessments.csv's header
-- depends on the regime, so bench.sh creates that table from the file's own header (every column text).
-- The same text runs on SQLite and PostgreSQL.
CREATE TABLE units (
    id        text PRIMARY KEY,
    parent_id text,
    kind      text NOT NULL,
    name      text NOT NULL
);

CREATE TABLE members (
    unit_id     text PRIMARY KEY,
    htxsnv      integer NOT NULL,
    httnv       integer NOT NULL,
    htnv        integer NOT NULL,
    khtnv       integer NOT NULL,
    not_rated   integer NOT NULL,
    disciplined integer NOT NULL
);
