-- The organization grains now run on Orleans and keep their state through its grain storage: a grain's row is
-- its whole state, read model included, and the etag guards it against a second activation's write.
drop table mail;
drop table unit_summaries;
alter table grains add column etag integer not null default 1;

-- What a run set aside is the inputs of one unit that refused them; the year can be run again to deliver them.
create index dead_mail_by_year_and_unit on dead_mail (year, unit_id);
