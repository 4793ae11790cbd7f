-- Campaigns (促销活动, promotions.md 3.1) group schemes; a scheme belongs to at most one campaign. The
-- campaign's status moves its schemes along with it.

create table promotion_campaigns (
    tenant_id   bigint      not null references tenants (tenant_id),
    campaign_id text        not null,
    name        text        not null,
    starts_at   timestamp,
    ends_at     timestamp,
    stores      text[]      not null,
    channels    text[]      not null,
    status      text        not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    primary key (tenant_id, campaign_id),
    check (starts_at is null or ends_at is null or starts_at < ends_at)
);

create table promotion_campaign_schemes (
    tenant_id   bigint not null,
    campaign_id text   not null,
    scheme_id   text   not null,
    primary key (tenant_id, campaign_id, scheme_id),
    unique (tenant_id, scheme_id),
    foreign key (tenant_id, campaign_id) references promotion_campaigns (tenant_id, campaign_id)
);
