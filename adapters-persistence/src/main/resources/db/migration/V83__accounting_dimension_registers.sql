-- 3.3 辅助核算: the registers of projects, departments, employees, branches and members that voucher lines name.
create table accounting_dimension_values (
    tenant_id  bigint      not null references tenants (tenant_id),
    dimension  text        not null,
    code       text        not null,
    name       text        not null,
    created_at timestamptz not null default now(),
    primary key (tenant_id, dimension, code)
);
