-- Sales and purchase orders (销售订单, 采购订单) in the trade documents, with their status machine, and
-- deliveries and receipts that fulfil them line by line (fulfilled is in the order line's unit).

alter table trade_documents drop constraint trade_documents_kind_check;
alter table trade_documents add constraint trade_documents_kind_check
    check (kind in ('SALES_DELIVERY', 'PURCHASE_RECEIPT', 'SALES_RETURN', 'SALES_ORDER', 'PURCHASE_ORDER'));
alter table trade_documents drop constraint trade_documents_status_check;
alter table trade_documents add constraint trade_documents_status_check
    check (status in ('DRAFT', 'POSTED', 'HELD', 'APPROVED', 'PARTIALLY_DELIVERED', 'PARTIALLY_RECEIVED',
                      'COMPLETED', 'CANCELLED'));
alter table trade_documents add column order_id bigint;
alter table trade_documents add constraint trade_documents_order_fk
    foreign key (tenant_id, order_id) references trade_documents (tenant_id, document_id);

alter table trade_document_lines add column order_line int;
alter table trade_document_lines add column fulfilled numeric(24,6) not null default 0 check (fulfilled >= 0);
