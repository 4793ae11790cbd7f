-- Returns against a reserved order (promotions 3.15): the order as it was priced (the request's cart and context, as
-- the API received them; with the scheme versions in promotion_reservation_schemes this prices it again to the fen),
-- and what each return took of each line, so a later return knows what earlier ones refunded.
alter table promotion_reservations add column priced_order text;

create table promotion_returns (
    tenant_id      bigint      not null,
    reservation_id bigint      not null,
    return_no      integer     not null,
    line_no        integer     not null,
    quantity       numeric     not null check (quantity > 0),
    refunded       bigint      not null check (refunded >= 0),
    points         bigint      not null check (points >= 0),
    created_at     timestamptz not null,
    primary key (tenant_id, reservation_id, return_no, line_no),
    foreign key (tenant_id, reservation_id) references promotion_reservations (tenant_id, reservation_id)
);
