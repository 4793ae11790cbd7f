-- Coupons (礼券): types, generation batches, codes and the trail of every change of a code.

create sequence coupon_type_id_seq start with 1;

create table coupon_types (
    tenant_id     bigint      not null references tenants (tenant_id),
    type_id       bigint      not null default nextval('coupon_type_id_seq'),
    name          text        not null,
    kind          text        not null,
    param_keys    text[]      not null,
    param_values  text[]      not null,
    valid_from    timestamptz,
    valid_to      timestamptz,
    valid_days    integer,
    hold_limit    integer,
    transferable  boolean     not null,
    returnable    boolean     not null,
    face_value    bigint      not null,
    currency      char(3)     not null,
    created_at    timestamptz not null,
    primary key (tenant_id, type_id),
    check ((valid_days is null) <> (valid_from is null and valid_to is null))
);

create sequence coupon_batch_id_seq start with 1;

create table coupon_batches (
    tenant_id  bigint      not null,
    batch_id   bigint      not null default nextval('coupon_batch_id_seq'),
    type_id    bigint      not null,
    requested  integer     not null check (requested > 0),
    prefix     text        not null,
    state      text        not null,
    generated  integer     not null default 0,
    created_at timestamptz not null,
    primary key (tenant_id, batch_id),
    foreign key (tenant_id, type_id) references coupon_types (tenant_id, type_id)
);

create table coupons (
    tenant_id    bigint      not null,
    code         text        not null,
    type_id      bigint      not null,
    batch_id     bigint      not null,
    state        text        not null,
    owner_id     bigint,
    valid_from   timestamptz,
    valid_to     timestamptz,
    order_ref    text,
    locked_until timestamptz,
    updated_at   timestamptz not null,
    primary key (tenant_id, code),
    foreign key (tenant_id, batch_id) references coupon_batches (tenant_id, batch_id),
    foreign key (tenant_id, type_id) references coupon_types (tenant_id, type_id)
);

create index coupons_by_batch on coupons (tenant_id, batch_id, code);
create index coupons_by_owner on coupons (tenant_id, type_id, owner_id) where owner_id is not null;

create table coupon_events (
    tenant_id  bigint      not null,
    code       text        not null,
    seq        bigserial   not null,
    event      text        not null,
    state      text        not null,
    order_ref  text,
    owner_id   bigint,
    at         timestamptz not null,
    primary key (tenant_id, code, seq),
    foreign key (tenant_id, code) references coupons (tenant_id, code)
);
