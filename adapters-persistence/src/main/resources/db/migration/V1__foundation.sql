-- Foundation: tenants, users, API keys, idempotency keys.
-- Every table carries tenant_id first in its keys (ready for Citus with tenant_id as distribution column).
-- api_keys is looked up by hash across tenants to resolve a caller; under Citus it becomes a reference table.

create sequence tenant_id_seq start with 1;

create table tenants (
    tenant_id  bigint      primary key default nextval('tenant_id_seq'),
    name       text        not null unique,
    created_at timestamptz not null
);

create sequence user_id_seq start with 1;

create table users (
    tenant_id  bigint      not null references tenants (tenant_id),
    user_id    bigint      not null default nextval('user_id_seq'),
    name       text        not null,
    created_at timestamptz not null,
    primary key (tenant_id, user_id),
    unique (tenant_id, name)
);

create sequence api_key_id_seq start with 1;

create table api_keys (
    tenant_id  bigint      not null,
    key_id     bigint      not null default nextval('api_key_id_seq'),
    user_id    bigint      not null,
    key_hash   bytea       not null unique,
    key_prefix text        not null,
    roles      text[]      not null,
    created_at timestamptz not null,
    revoked_at timestamptz,
    primary key (tenant_id, key_id),
    foreign key (tenant_id, user_id) references users (tenant_id, user_id)
);

create table idempotency_keys (
    tenant_id     bigint      not null references tenants (tenant_id),
    idem_key      text        not null,
    fingerprint   text        not null,
    status        integer,
    content_type  text,
    response_body bytea,
    created_at    timestamptz not null,
    completed_at  timestamptz,
    primary key (tenant_id, idem_key)
);
