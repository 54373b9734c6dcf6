create table years (
    year        integer primary key,
    regime      text    not null,
    imported_at text    not null
);

create table grains (
    year    integer not null,
    unit_id text    not null,
    depth   integer not null,
    version integer not null,
    state   text    not null,
    primary key (year, unit_id)
);

-- kind is the message's type, so an import can replace the inputs still waiting without reading every message.
create table mail (
    id      integer primary key autoincrement,
    year    integer not null,
    unit_id text    not null,
    depth   integer not null,
    kind    text    not null,
    message text    not null
);

-- Claiming walks the deepest level first and reads one grain's mail in arrival order.
create index mail_by_depth_and_recipient on mail (depth, year, unit_id, id);

-- Mail whose turn failed (a message no grain can take): kept with the error instead of blocking the year.
create table dead_mail (
    id        integer primary key,
    year      integer not null,
    unit_id   text    not null,
    kind      text    not null,
    message   text    not null,
    error     text    not null,
    failed_at text    not null
);

create index dead_mail_by_year on dead_mail (year);

create table unit_summaries (
    year      integer not null,
    unit_id   text    not null,
    parent_id text,
    depth     integer not null,
    version   integer not null,
    summary   text    not null,
    primary key (year, unit_id)
);

create index unit_summaries_by_parent on unit_summaries (year, parent_id, unit_id);
create index unit_summaries_by_depth on unit_summaries (year, depth, unit_id);
