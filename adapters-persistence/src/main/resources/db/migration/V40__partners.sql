-- Partners: customers (dealers among them) and suppliers; one partner may be both.
-- default_price_list_id has no foreign key: price lists are created in V41 and the setting is checked by the use case.

create sequence partner_id_seq start with 1;

create table partners (
    tenant_id             bigint      not null references tenants (tenant_id),
    partner_id            bigint      not null default nextval('partner_id_seq'),
    code                  text        not null,
    name                  text        not null,
    is_customer           boolean     not null,
    is_supplier           boolean     not null,
    dealer_level          text,
    credit_limit_minor    bigint      check (credit_limit_minor >= 0),
    payment_term_days     integer     not null default 0 check (payment_term_days >= 0),
    default_price_list_id bigint,
    created_at            timestamptz not null,
    primary key (tenant_id, partner_id),
    unique (tenant_id, code),
    check (is_customer or is_supplier)
);

create table partner_contacts (
    tenant_id  bigint  not null,
    partner_id bigint  not null,
    position   integer not null,
    name       text    not null,
    phone      text    not null,
    email      text    not null,
    primary key (tenant_id, partner_id, position),
    foreign key (tenant_id, partner_id) references partners (tenant_id, partner_id)
);

create table partner_addresses (
    tenant_id  bigint  not null,
    partner_id bigint  not null,
    position   integer not null,
    kind       text    not null,
    text       text    not null,
    primary key (tenant_id, partner_id, position),
    foreign key (tenant_id, partner_id) references partners (tenant_id, partner_id)
);
