-- Price lists, their prices per sku, and the tenant's price-resolution order (取价规则).
-- sku_id has NO foreign key for now: the catalog lands separately; add (tenant_id, sku_id) references skus then.

create sequence price_list_id_seq start with 1;

create table price_lists (
    tenant_id     bigint      not null references tenants (tenant_id),
    price_list_id bigint      not null default nextval('price_list_id_seq'),
    name          text        not null,
    kind          text        not null check (kind in ('RETAIL', 'WHOLESALE', 'DEALER_LEVEL', 'CUSTOMER', 'STORE')),
    target        text,
    currency      char(3)     not null,
    tax_inclusive boolean     not null,
    valid_from    date,
    valid_to      date,
    created_at    timestamptz not null,
    primary key (tenant_id, price_list_id),
    check ((kind in ('DEALER_LEVEL', 'CUSTOMER', 'STORE')) = (target is not null)),
    check (valid_to is null or valid_from is null or valid_to >= valid_from)
);

create table price_list_items (
    tenant_id     bigint        not null,
    price_list_id bigint        not null,
    sku_id        bigint        not null,
    price         numeric(18,4) not null check (price >= 0),
    primary key (tenant_id, price_list_id, sku_id),
    foreign key (tenant_id, price_list_id) references price_lists (tenant_id, price_list_id)
);

create index price_list_items_by_sku on price_list_items (tenant_id, sku_id);

create table pricing_settings (
    tenant_id        bigint      not null references tenants (tenant_id),
    resolution_order text[]      not null,
    updated_at       timestamptz not null,
    primary key (tenant_id)
);
