-- Estimated purchase receipts (暂估入库, spec 4.1 P-2) and the supplier invoices that settle them (到票, P-3).
-- An estimated receipt posts its stock at the prices entered against 220202 暂估应付款 and records no open item;
-- its one live supplier invoice gives a net and a tax per receipt line, records the payable open item, and moves the
-- difference from the estimate into stock through an inventory document (a landed cost by lines) it names.
alter table trade_documents add column estimated boolean not null default false;

alter table trade_invoices add column open_item_id bigint;
alter table trade_invoices add column stock_document_id bigint;
alter table trade_invoices add column reversal_item_id bigint;

create table trade_invoice_lines (
    tenant_id  bigint  not null,
    invoice_id bigint  not null,
    line_no    int     not null check (line_no >= 1),
    tax_rate   numeric not null check (tax_rate >= 0 and tax_rate <= 1),
    net_minor  bigint  not null check (net_minor >= 0),
    tax_minor  bigint  not null,
    primary key (tenant_id, invoice_id, line_no),
    foreign key (tenant_id, invoice_id) references trade_invoices (tenant_id, invoice_id)
);

-- the close warns of estimates still waiting for their invoice
create index trade_documents_open_estimates on trade_documents (tenant_id, doc_date, document_id)
    where estimated and status = 'POSTED' and invoiced_minor = 0;
