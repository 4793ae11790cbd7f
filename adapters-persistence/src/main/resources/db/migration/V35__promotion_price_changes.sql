-- Promotional price changes (促销调价, promotions.md 2.9 and 3.1): dated documents that replace the base
-- price of their SKUs in their stores for [starts_at, ends_at) in the stores' local time (stage S0),
-- once approved. draft → approved → cancelled; draft → cancelled.

create sequence promotion_price_change_id_seq start with 1;

create table promotion_price_changes (
    tenant_id  bigint      not null references tenants (tenant_id),
    change_id  bigint      not null default nextval('promotion_price_change_id_seq'),
    stores     text[]      not null,
    starts_at  timestamp   not null,
    ends_at    timestamp   not null,
    status     text        not null,
    note       text        not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    primary key (tenant_id, change_id),
    check (starts_at < ends_at)
);

create index promotion_price_changes_effective on promotion_price_changes (tenant_id, status, starts_at, ends_at);

create table promotion_price_change_lines (
    tenant_id bigint not null,
    change_id bigint not null,
    sku       text   not null,
    price     bigint not null check (price >= 0),
    primary key (tenant_id, change_id, sku),
    foreign key (tenant_id, change_id) references promotion_price_changes (tenant_id, change_id)
);
