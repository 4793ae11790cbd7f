-- The tenant's promotion strategy settings (策略设置, promotions.md 3.1); absent = the documented defaults.

create table promotion_policies (
    tenant_id                     bigint  primary key references tenants (tenant_id),
    selection                     text    not null,
    threshold_base                text    not null,
    unit_selection                text    not null,
    minimum_payable               bigint  not null check (minimum_payable >= 0),
    member_stacks_on_special      boolean not null,
    return_policy                 text    not null,
    points_per_unit_paid          bigint  not null check (points_per_unit_paid >= 0),
    exhaustive_limit              integer not null check (exhaustive_limit between 0 and 7),
    floor_guard_always            boolean not null
);
