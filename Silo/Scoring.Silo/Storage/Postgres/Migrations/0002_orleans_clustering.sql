-- The cluster's membership, kept for Orleans' ADO.NET clustering provider (invariant "Npgsql"), which silos
-- and clients share. The provider reads its statements from orleansquery at start and refuses to start without
-- every key it needs; it binds named parameters (@DeploymentId is the cluster id) and reads result columns by
-- name. The whole membership view has one etag: the version row of its cluster, which every membership write
-- must move from @Version to @Version + 1, or report false.
-- Silo status codes: 0 none, 1 created, 2 joining, 3 active, 4 shutting down, 5 stopping, 6 dead.

create table if not exists orleansquery
(
    querykey  varchar(64) not null,
    querytext text        not null,
    constraint orleansquery_pk primary key (querykey)
);

-- One row per cluster. "version" is the etag of the whole membership view.
create table orleansmembershipversiontable
(
    deploymentid varchar(150) not null,
    "timestamp"  timestamptz  not null default now(),
    version      integer      not null default 0,
    constraint orleans_membership_version_pk primary key (deploymentid)
);

-- One row per silo incarnation (address + port + generation).
create table orleansmembershiptable
(
    deploymentid varchar(150) not null,
    address      varchar(45)  not null,
    port         integer      not null,
    generation   integer      not null,
    siloname     varchar(150) not null,
    hostname     varchar(150) not null,
    status       integer      not null,
    proxyport    integer      not null default 0,
    suspecttimes text         null,
    starttime    timestamptz  not null,
    iamalivetime timestamptz  not null,
    constraint orleans_membership_pk
        primary key (deploymentid, address, port, generation),
    constraint orleans_membership_cluster_fk
        foreign key (deploymentid)
        references orleansmembershipversiontable (deploymentid)
        on delete cascade
);

insert into orleansquery (querykey, querytext)
values

-- Creates the cluster's version row on first use.
-- Params: @DeploymentId. Returns one boolean: was a row created.
('InsertMembershipVersionKey', $q$
with created as (
    insert into orleansmembershipversiontable (deploymentid)
    values (@DeploymentId)
    on conflict (deploymentid) do nothing
    returning 1
)
select count(*) > 0 as created
from created;
$q$),

-- Whole membership view. Always yields at least the version row; member
-- columns are null when the cluster has no silo rows yet.
-- Params: @DeploymentId.
('MembershipReadAllKey', $q$
select v.deploymentid,
       m.address,
       m.port,
       m.generation,
       m.siloname,
       m.hostname,
       m.status,
       m.proxyport,
       m.suspecttimes,
       m.starttime,
       m.iamalivetime,
       v.version
from orleansmembershipversiontable as v
left join orleansmembershiptable as m
       on m.deploymentid = v.deploymentid
where v.deploymentid = @DeploymentId;
$q$),

-- Same shape as MembershipReadAllKey, limited to one silo.
-- Params: @DeploymentId, @Address, @Port, @Generation.
('MembershipReadRowKey', $q$
select v.deploymentid,
       m.address,
       m.port,
       m.generation,
       m.siloname,
       m.hostname,
       m.status,
       m.proxyport,
       m.suspecttimes,
       m.starttime,
       m.iamalivetime,
       v.version
from orleansmembershipversiontable as v
left join orleansmembershiptable as m
       on m.deploymentid = v.deploymentid
      and m.address = @Address
      and m.port = @Port
      and m.generation = @Generation
where v.deploymentid = @DeploymentId;
$q$),

-- Adds a silo row, but only together with a successful version bump from
-- @Version. The row must not exist yet. Returns one boolean.
-- Params: @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
--         @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version.
('InsertMembershipKey', $q$
with bumped as (
    update orleansmembershipversiontable as v
    set version = v.version + 1,
        "timestamp" = now()
    where v.deploymentid = @DeploymentId
      and v.version = @Version
      and v.version < 2147483647
      and not exists (
          select 1
          from orleansmembershiptable as x
          where x.deploymentid = @DeploymentId
            and x.address = @Address
            and x.port = @Port
            and x.generation = @Generation)
    returning v.deploymentid
),
added as (
    insert into orleansmembershiptable
        (deploymentid, address, port, generation, siloname, hostname,
         status, proxyport, starttime, iamalivetime)
    select b.deploymentid, @Address, @Port, @Generation, @SiloName, @HostName,
           @Status, @ProxyPort, @StartTime, @IAmAliveTime
    from bumped as b
    on conflict do nothing
    returning 1
)
select count(*) > 0 as inserted
from added;
$q$),

-- Changes status, suspicion votes and heartbeat of an existing silo row,
-- together with a successful version bump from @Version. Returns one boolean.
-- Params: @DeploymentId, @Address, @Port, @Generation, @Status,
--         @SuspectTimes (null or "silo,date|silo,date"), @IAmAliveTime, @Version.
('UpdateMembershipKey', $q$
with bumped as (
    update orleansmembershipversiontable as v
    set version = v.version + 1,
        "timestamp" = now()
    where v.deploymentid = @DeploymentId
      and v.version = @Version
      and v.version < 2147483647
      and exists (
          select 1
          from orleansmembershiptable as x
          where x.deploymentid = @DeploymentId
            and x.address = @Address
            and x.port = @Port
            and x.generation = @Generation)
    returning v.deploymentid
),
changed as (
    update orleansmembershiptable as m
    set status = @Status,
        suspecttimes = @SuspectTimes,
        iamalivetime = greatest(m.iamalivetime, @IAmAliveTime)
    from bumped as b
    where m.deploymentid = b.deploymentid
      and m.address = @Address
      and m.port = @Port
      and m.generation = @Generation
    returning 1
)
select count(*) > 0 as updated
from changed;
$q$),

-- Heartbeat. Not versioned, result ignored. The stored time never moves back.
-- Params: @DeploymentId, @Address, @Port, @Generation, @IAmAliveTime.
('UpdateIAmAlivetimeKey', $q$
update orleansmembershiptable
set iamalivetime = greatest(iamalivetime, @IAmAliveTime)
where deploymentid = @DeploymentId
  and address = @Address
  and port = @Port
  and generation = @Generation;
$q$),

-- Gateways a client may connect to: active silos that expose a gateway port.
-- Params: @DeploymentId, @Status (the provider passes 3 = Active).
-- Columns read: Address, ProxyPort, Generation.
('GatewaysQueryKey', $q$
select m.address,
       m.proxyport,
       m.generation
from orleansmembershiptable as m
where m.deploymentid = @DeploymentId
  and m.status = @Status
  and m.proxyport > 0;
$q$),

-- Drops a whole cluster; silo rows go with it through the cascading key.
-- Params: @DeploymentId.
('DeleteMembershipTableEntriesKey', $q$
delete from orleansmembershipversiontable
where deploymentid = @DeploymentId;
$q$),

-- Bulk removal of dead silos. Only used when CleanupDefunctSiloEntryKey
-- is absent. @IAmAliveTime is the cut-off instant.
-- Params: @DeploymentId, @IAmAliveTime.
('CleanupDefunctSiloEntriesKey', $q$
delete from orleansmembershiptable
where deploymentid = @DeploymentId
  and status = 6
  and iamalivetime < @IAmAliveTime
  and starttime < @IAmAliveTime;
$q$),

-- Removal of one dead silo that the provider has already judged expired,
-- only if the row still holds the values it read.
-- Params: @DeploymentId, @Address, @Port, @Generation, @StartTime,
--         @IAmAliveTime, @SuspectTimes.
('CleanupDefunctSiloEntryKey', $q$
delete from orleansmembershiptable
where deploymentid = @DeploymentId
  and address = @Address
  and port = @Port
  and generation = @Generation
  and status = 6
  and starttime = @StartTime
  and iamalivetime = @IAmAliveTime
  and coalesce(suspecttimes, '') = coalesce(@SuspectTimes, '');
$q$)

on conflict (querykey) do update
set querytext = excluded.querytext;
