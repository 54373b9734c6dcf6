-- The answers to requests that carried an Idempotency-Key: the same key again gets the same answer, and is not
-- applied twice; the same key with another request is refused.
create table idempotent_requests (
    key          text        primary key,
    request_hash text        not null,
    status       integer     not null,
    response     text        not null,
    recorded_at  timestamptz not null
);
