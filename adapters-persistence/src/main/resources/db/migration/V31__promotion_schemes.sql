-- Promotion schemes: every version of a scheme with its JSON definition (as the engine's factory reads it)
-- and its lifecycle status. Only active versions are priced.

create table promotion_schemes (
    tenant_id  bigint      not null references tenants (tenant_id),
    scheme_id  text        not null,
    version    integer     not null check (version > 0),
    rule_type  text        not null,
    definition jsonb       not null,
    status     text        not null,
    updated_at timestamptz not null,
    primary key (tenant_id, scheme_id, version)
);

create index promotion_schemes_by_status on promotion_schemes (tenant_id, status);
