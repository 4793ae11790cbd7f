-- Issue 3: catalog (products, SKUs, units, barcodes), warehouses, inventory documents, the stock
-- ledger's movements with their current costs, cost deltas, balances, reservations, closed months.

create sequence catalog_id_seq start with 1;

create table products (
    tenant_id   bigint not null references tenants (tenant_id),
    product_id  bigint not null default nextval('catalog_id_seq'),
    code        text   not null,
    name        text   not null,
    category_id bigint not null,
    primary key (tenant_id, product_id),
    unique (tenant_id, code)
);

create table skus (
    tenant_id         bigint  not null,
    sku_id            bigint  not null default nextval('catalog_id_seq'),
    product_id        bigint  not null,
    code              text    not null,
    name              text    not null,
    base_unit         text    not null,
    tracking          text    not null,
    shelf_life_days   integer,
    tax_rate          numeric not null,
    reference_cost    bigint,
    batch_costing     boolean not null,
    zero_cost_allowed boolean not null,
    primary key (tenant_id, sku_id),
    unique (tenant_id, code),
    foreign key (tenant_id, product_id) references products (tenant_id, product_id)
);

create table sku_units (
    tenant_id bigint  not null,
    sku_id    bigint  not null,
    unit      text    not null,
    factor    numeric not null check (factor > 0),
    position  integer not null,
    primary key (tenant_id, sku_id, unit),
    foreign key (tenant_id, sku_id) references skus (tenant_id, sku_id)
);

create table barcodes (
    tenant_id bigint not null,
    code      text   not null,
    sku_id    bigint not null,
    unit      text   not null,
    primary key (tenant_id, code),
    foreign key (tenant_id, sku_id, unit) references sku_units (tenant_id, sku_id, unit)
);

create table warehouses (
    tenant_id      bigint not null references tenants (tenant_id),
    warehouse_id   bigint not null default nextval('catalog_id_seq'),
    code           text   not null,
    name           text   not null,
    kind           text   not null,
    branch_id      bigint not null,
    allow_negative boolean,
    primary key (tenant_id, warehouse_id),
    unique (tenant_id, code)
);

create sequence inventory_document_id_seq start with 1;

-- One row per tenant, locked FOR UPDATE by every post and cancel; version counts committed changes.
create table inventory_ledger_heads (
    tenant_id bigint not null references tenants (tenant_id),
    version   bigint not null default 0,
    primary key (tenant_id)
);

create table inventory_documents (
    tenant_id       bigint not null references tenants (tenant_id),
    document_id     bigint not null default nextval('inventory_document_id_seq'),
    kind            text   not null,
    status          text   not null,
    doc_date        date   not null,
    doc_time        time   not null,
    warehouse_id    bigint,
    to_warehouse_id bigint,
    purpose         text,
    ref_document_id bigint,
    amount          bigint,
    basis           text,
    note            text,
    posted_seq      bigint,
    cancelled_seq   bigint,
    created_at      timestamptz not null,
    primary key (tenant_id, document_id)
);

-- role: in | out | component | product | count | adjust | return
create table inventory_document_lines (
    tenant_id    bigint  not null,
    document_id  bigint  not null,
    line_no      integer not null,
    role         text    not null,
    sku_id       bigint  not null,
    quantity     numeric,
    unit         text,
    batch_no     text,
    produced_on  date,
    expires_on   date,
    serials      text[]  not null default '{}',
    amount       bigint,
    weight       numeric,
    ref_document_id bigint,
    ref_line     integer,
    ref_leg      integer,
    primary key (tenant_id, document_id, line_no),
    foreign key (tenant_id, document_id) references inventory_documents (tenant_id, document_id)
);

-- Append-only rows: spec inputs fixed at posting, cost columns rewritten only by re-costing.
create table stock_movements (
    tenant_id       bigint  not null,
    document_id     bigint  not null,
    line_no         integer not null,
    leg             integer not null,
    mv_date         date    not null,
    mv_time         time    not null,
    seq             bigint  not null,
    ordering_leg    integer not null,
    warehouse_id    bigint,
    transit_of      bigint,
    sku_id          bigint  not null,
    batch_no        text,
    kind            text    not null,
    quantity        numeric not null,
    entered_qty     numeric not null,
    entered_unit    text    not null,
    input_amount    bigint  not null,
    serials         text[]  not null default '{}',
    amount          bigint  not null,
    settlement      bigint  not null,
    derived_qty     bigint  not null,
    qty_after       bigint  not null,
    value_after     bigint  not null,
    slot_after      bigint  not null,
    basis           text    not null,
    cancelled       boolean not null default false,
    primary key (tenant_id, document_id, line_no, leg),
    foreign key (tenant_id, document_id) references inventory_documents (tenant_id, document_id)
);

create index stock_movements_sku on stock_movements (tenant_id, sku_id, mv_date, mv_time, seq, ordering_leg);

create table cost_deltas (
    tenant_id      bigint  not null,
    delta_id       bigserial,
    document_id    bigint  not null,
    line_no        integer not null,
    leg            integer not null,
    caused_by      bigint  not null,
    old_amount     bigint  not null,
    new_amount     bigint  not null,
    old_settlement bigint  not null,
    new_settlement bigint  not null,
    created_at     timestamptz not null,
    primary key (tenant_id, delta_id),
    foreign key (tenant_id, document_id, line_no, leg) references stock_movements (tenant_id, document_id, line_no, leg)
);

-- Current physical quantity by location (warehouse, or transit of a dispatch), SKU and batch ('' for none).
create table stock_slot_balances (
    tenant_id  bigint  not null,
    location   text    not null,
    sku_id     bigint  not null,
    batch_no   text    not null,
    quantity   numeric not null,
    primary key (tenant_id, location, sku_id, batch_no)
);

-- Current quantity and value by costing key (location '' when costed per account set).
create table stock_key_balances (
    tenant_id  bigint  not null,
    location   text    not null,
    sku_id     bigint  not null,
    batch_no   text    not null,
    quantity   numeric not null,
    value      bigint  not null,
    primary key (tenant_id, location, sku_id, batch_no)
);

-- On hand and reserved by warehouse and SKU: reservations are an atomic conditional update here.
create table stock_availability (
    tenant_id    bigint  not null,
    warehouse_id bigint  not null,
    sku_id       bigint  not null,
    on_hand      numeric not null default 0,
    reserved     numeric not null default 0 check (reserved >= 0),
    primary key (tenant_id, warehouse_id, sku_id)
);

create sequence stock_reservation_id_seq start with 1;

create table stock_reservations (
    tenant_id      bigint  not null,
    reservation_id bigint  not null default nextval('stock_reservation_id_seq'),
    warehouse_id   bigint  not null,
    sku_id         bigint  not null,
    quantity       numeric not null check (quantity > 0),
    reference      text,
    state          text    not null,
    created_at     timestamptz not null,
    primary key (tenant_id, reservation_id),
    foreign key (tenant_id, warehouse_id, sku_id) references stock_availability (tenant_id, warehouse_id, sku_id)
);
