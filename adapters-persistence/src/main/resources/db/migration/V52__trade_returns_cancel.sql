-- Purchase returns (采购退货) in the trade documents, referencing a purchase receipt (delivery_id then names
-- the receipt, delivery_line its line) or, where the tenant allows it, nothing; cancellation of posted
-- documents (the reversing open item is kept), and the tenant's trade settings.

alter table trade_documents drop constraint trade_documents_kind_check;
alter table trade_documents add constraint trade_documents_kind_check
    check (kind in ('SALES_DELIVERY', 'PURCHASE_RECEIPT', 'SALES_RETURN', 'PURCHASE_RETURN', 'SALES_ORDER',
                    'PURCHASE_ORDER'));

-- posted documents name their inventory document; a cancelled one keeps it (the inventory side is cancelled)
alter table trade_documents drop constraint trade_documents_check;
alter table trade_documents add constraint trade_documents_posted_check
    check (status <> 'POSTED' or inventory_document_id is not null);

-- a sales return always names its delivery, a purchase return may name its receipt, nothing else names one
alter table trade_documents drop constraint trade_documents_check1;
alter table trade_documents add constraint trade_documents_source_check
    check ((kind <> 'SALES_RETURN' or delivery_id is not null)
           and (delivery_id is null or kind in ('SALES_RETURN', 'PURCHASE_RETURN')));

alter table trade_documents add column cancelled_at timestamptz;
alter table trade_documents add column reversal_item_id bigint;
alter table trade_documents add constraint trade_documents_reversal_fk
    foreign key (tenant_id, reversal_item_id) references settlement_items (tenant_id, item_id);

create index trade_documents_by_kind on trade_documents (tenant_id, kind, doc_date, document_id);

create table trade_settings (
    tenant_id                           bigint  not null primary key,
    allow_unreferenced_purchase_returns boolean not null
);
