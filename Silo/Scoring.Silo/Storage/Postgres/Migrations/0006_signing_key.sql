-- The key that signs the store's access tokens, made once by the first process that needs it, so every Gateway and
-- token command of the cluster shares it. (An embedded store keeps its key in a file beside the database.)
create table signing_key (
    id  integer primary key check (id = 1),
    key bytea   not null
);
