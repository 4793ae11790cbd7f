-- 5.1: a close gate waived with a reason and the user recorded, with what the gate found. Kept after a reopen as
-- history: the waivers of the close that stands are those recorded at its closed_at.
create table period_close_waivers (
    tenant_id  bigint      not null references accounting_books (tenant_id),
    period     date        not null,
    waived_at  timestamptz not null,
    gate       text        not null,
    reason     text        not null,
    waived_by  bigint      not null,
    findings   text[]      not null,
    primary key (tenant_id, period, waived_at, gate)
);
