-- Issue 3: the tenant's inventory settings. Every change is a new row numbered from inventory_event_seq;
-- a posted document remembers the row it was posted under (settings_seq, 0 = the defaults), so that a
-- replay explodes it exactly as it was posted, whatever the settings are now.
create table inventory_settings (
    tenant_id                          bigint      not null references tenants (tenant_id),
    settings_seq                       bigint      not null,
    costing_scope                      text        not null,
    scope_from                         date,
    allow_negative_stock               boolean     not null,
    purchase_return_costing            text        not null,
    allow_unreferenced_purchase_return boolean     not null,
    changed_at                         timestamptz not null,
    primary key (tenant_id, settings_seq)
);

alter table inventory_documents add column settings_seq bigint not null default 0;
