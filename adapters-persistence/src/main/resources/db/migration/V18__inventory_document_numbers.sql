-- Every inventory document carries a number per kind and month of its business date: PREFIX-yyyyMM-NNNN
-- (RC-202601-0001), given when the draft is created and never changed (there is no draft edit of the date).
-- inventory_document_counters holds the last number given per tenant, kind and month; a creation that rolls
-- back gives its number back, a cancelled document keeps its own.
create table inventory_document_counters (
    tenant_id   bigint  not null,
    kind        text    not null,
    period      date    not null,
    last_number integer not null,
    primary key (tenant_id, kind, period)
);

alter table inventory_documents add column number text;

with numbered as (
    select tenant_id, document_id, kind, date_trunc('month', doc_date)::date as period,
           row_number() over (partition by tenant_id, kind, date_trunc('month', doc_date) order by document_id) as n
    from inventory_documents
)
update inventory_documents d
set number = (case n.kind
                  when 'RECEIPT' then 'RC' when 'ISSUE' then 'IS' when 'TRANSFER' then 'TF'
                  when 'TRANSFER_DISPATCH' then 'TD' when 'TRANSFER_RECEIPT' then 'TR' when 'STOCKTAKE' then 'ST'
                  when 'ASSEMBLY' then 'AS' when 'DISASSEMBLY' then 'DA' when 'COST_ADJUSTMENT' then 'CA'
                  when 'LANDED_COST' then 'LC' when 'SALES_RETURN' then 'SR' when 'UNREFERENCED_RETURN' then 'UR'
                  when 'PURCHASE_RETURN' then 'PR' when 'SCOPE_SWITCH' then 'SS' else n.kind end)
             || '-' || to_char(n.period, 'YYYYMM') || '-'
             || case when n.n < 10000 then lpad(n.n::text, 4, '0') else n.n::text end
from numbered n
where d.tenant_id = n.tenant_id and d.document_id = n.document_id;

insert into inventory_document_counters (tenant_id, kind, period, last_number)
select tenant_id, kind, date_trunc('month', doc_date)::date, count(*)
from inventory_documents
group by tenant_id, kind, date_trunc('month', doc_date);

alter table inventory_documents alter column number set not null;
create unique index inventory_documents_number on inventory_documents (tenant_id, number);
