-- Limits, budgets and gift stock of promotion schemes (promotions.md 3.11), reserved atomically by unpaid
-- orders with a time-to-live. A counter holds what is taken (held + confirmed) of one resource of one
-- scheme for one subject ('' scheme-wide, the member id, or member@date for per-day limits); a claim
-- raises it only while it stays within the scheme's limit (one conditional update).

create table promotion_quota_usage (
    tenant_id  bigint not null references tenants (tenant_id),
    scheme_id  text   not null,
    resource   text   not null,
    subject    text   not null,
    used       bigint not null check (used >= 0),
    primary key (tenant_id, scheme_id, resource, subject)
);

create sequence promotion_reservation_id_seq start with 1;

create table promotion_reservations (
    tenant_id      bigint      not null references tenants (tenant_id),
    reservation_id bigint      not null default nextval('promotion_reservation_id_seq'),
    order_ref      text        not null,
    member_id      bigint,
    status         text        not null,
    total_due      bigint      not null,
    currency       char(3)     not null,
    expires_at     timestamptz not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    primary key (tenant_id, reservation_id)
);

-- one live reservation per order
create unique index promotion_reservations_live_order on promotion_reservations (tenant_id, order_ref)
    where status in ('HELD', 'CONFIRMED');
create index promotion_reservations_due on promotion_reservations (tenant_id, expires_at) where status = 'HELD';

create table promotion_reservation_claims (
    tenant_id      bigint not null,
    reservation_id bigint not null,
    scheme_id      text   not null,
    resource       text   not null,
    subject        text   not null,
    amount         bigint not null check (amount > 0),
    primary key (tenant_id, reservation_id, scheme_id, resource, subject),
    foreign key (tenant_id, reservation_id) references promotion_reservations (tenant_id, reservation_id)
);

-- the scheme versions the priced order used (3.1: a later edit never changes a past order)
create table promotion_reservation_schemes (
    tenant_id      bigint not null,
    reservation_id bigint not null,
    scheme_id      text   not null,
    version        integer not null,
    benefit        bigint not null,
    primary key (tenant_id, reservation_id, scheme_id),
    foreign key (tenant_id, reservation_id) references promotion_reservations (tenant_id, reservation_id)
);
