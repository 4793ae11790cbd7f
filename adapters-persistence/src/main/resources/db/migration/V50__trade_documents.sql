-- Purchase and sales documents (销售出库, 采购入库, 销售退货): the entered lines, and once posted the
-- inventory document and the settlement open item the posting made (in the same transaction).
-- Prices are per the line's unit in the document currency; percentages are stored as fractions.

create sequence trade_document_id_seq start with 1;

create table trade_documents (
    tenant_id             bigint        not null,
    document_id           bigint        not null default nextval('trade_document_id_seq'),
    kind                  text          not null check (kind in ('SALES_DELIVERY', 'PURCHASE_RECEIPT', 'SALES_RETURN')),
    status                text          not null check (status in ('DRAFT', 'POSTED')),
    partner_id            bigint        not null,
    warehouse_id          bigint        not null,
    doc_date              date          not null,
    currency              char(3)       not null,
    exchange_rate         numeric(18,6) not null check (exchange_rate > 0),
    price_entry           text          not null check (price_entry in ('TAX_INCLUSIVE', 'TAX_EXCLUSIVE')),
    order_discount_minor  bigint        not null check (order_discount_minor >= 0),
    delivery_id           bigint,
    note                  text,
    inventory_document_id bigint,
    open_item_id          bigint,
    created_at            timestamptz   not null,
    posted_at             timestamptz,
    primary key (tenant_id, document_id),
    foreign key (tenant_id, partner_id) references partners (tenant_id, partner_id),
    foreign key (tenant_id, delivery_id) references trade_documents (tenant_id, document_id),
    foreign key (tenant_id, open_item_id) references settlement_items (tenant_id, item_id),
    check ((status = 'POSTED') = (inventory_document_id is not null)),
    check ((kind = 'SALES_RETURN') = (delivery_id is not null))
);

create index trade_documents_by_delivery on trade_documents (tenant_id, delivery_id) where delivery_id is not null;

create table trade_document_lines (
    tenant_id      bigint         not null,
    document_id    bigint         not null,
    line_no        int            not null check (line_no > 0),
    sku_id         bigint         not null,
    quantity       numeric(24,6)  not null check (quantity > 0),
    unit           text           not null,
    price          numeric(24,4)  not null check (price >= 0),
    discount       numeric(12,8)  not null,
    tax_rate       numeric(12,8)  not null,
    gift           boolean        not null,
    delivery_line  int,
    primary key (tenant_id, document_id, line_no),
    foreign key (tenant_id, document_id) references trade_documents (tenant_id, document_id)
);
