-- Sales returns without a delivery (costed at the current average, spec 2.7), and the setting trade owns alone
-- that allows them (no row: allowed). Unreferenced purchase returns stay one setting in inventory_settings (V53).
create table trade_settings (
    tenant_id                        bigint      not null primary key references tenants (tenant_id),
    allow_unreferenced_sales_returns boolean     not null,
    changed_at                       timestamptz not null
);

-- a sales return may name no delivery (where the setting above allows it); only returns name a source
alter table trade_documents drop constraint trade_documents_source_check;
alter table trade_documents add constraint trade_documents_source_check
    check (delivery_id is null or kind in ('SALES_RETURN', 'PURCHASE_RETURN'));
