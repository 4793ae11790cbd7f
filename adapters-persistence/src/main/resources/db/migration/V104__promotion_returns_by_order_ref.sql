-- Returns posted against an order the client sends as priced (promotions 3.15, POST /promotions/returns), for an
-- orderRef with no paid reservation that kept its order: the order as the first return sent it (canonical JSON text of
-- the API's body, which every later return of the same orderRef must send again) and what each return took of each
-- line, so a later return knows what earlier ones refunded and no unit is refunded twice.
create table promotion_ref_orders (
    tenant_id    bigint      not null,
    order_ref    text        not null,
    priced_order text        not null,
    created_at   timestamptz not null,
    primary key (tenant_id, order_ref)
);

create table promotion_ref_returns (
    tenant_id  bigint      not null,
    order_ref  text        not null,
    return_no  integer     not null,
    line_no    integer     not null,
    quantity   numeric     not null check (quantity >= 0),
    refunded   bigint      not null check (refunded >= 0),
    points     bigint      not null check (points >= 0),
    withheld   bigint      not null default 0,
    created_at timestamptz not null,
    primary key (tenant_id, order_ref, return_no, line_no),
    foreign key (tenant_id, order_ref) references promotion_ref_orders (tenant_id, order_ref)
);
