-- Invoices (发票) recorded against posted deliveries, receipts and returns: a sales invoice issued to the
-- customer (red for a sales return), a purchase invoice received from the supplier (red for a purchase return).
-- A document waits "to invoice" while its invoiced amount is below its gross (gross_minor, written when it
-- is posted; documents posted before this migration wait until their first invoice records it). A voided
-- invoice no longer counts and frees its number. Amounts are in the document currency's minor units.

alter table trade_documents add column gross_minor bigint;
alter table trade_documents add column invoiced_minor bigint not null default 0 check (invoiced_minor >= 0);

create sequence trade_invoice_id_seq start with 1;

create table trade_invoices (
    tenant_id    bigint      not null,
    invoice_id   bigint      not null default nextval('trade_invoice_id_seq'),
    document_id  bigint      not null,
    partner_id   bigint      not null,
    direction    text        not null check (direction in ('SALES', 'PURCHASE')),
    number       text        not null check (length(number) between 1 and 40),
    invoice_date date        not null,
    amount_minor bigint      not null check (amount_minor > 0),
    currency     char(3)     not null,
    created_at   timestamptz not null,
    voided_at    timestamptz,
    primary key (tenant_id, invoice_id),
    foreign key (tenant_id, document_id) references trade_documents (tenant_id, document_id)
);

create unique index trade_invoices_number on trade_invoices (tenant_id, direction, partner_id, number)
    where voided_at is null;
create index trade_invoices_by_document on trade_invoices (tenant_id, document_id, invoice_id);
