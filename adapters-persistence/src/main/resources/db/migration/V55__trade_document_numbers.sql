-- Every trade document carries a number per kind and month of its business date when it was created:
-- PREFIX-yyyyMM-NNNN with the prefixes Chinese users know (XSDD 销售订单, XSCK 销售出库, XSTH 销售退货,
-- CGDD 采购订单, CGRK 采购入库, CGTH 采购退货). A draft keeps its number when its date is changed.
create table trade_document_counters (
    tenant_id   bigint  not null,
    kind        text    not null,
    period      date    not null,
    last_number integer not null,
    primary key (tenant_id, kind, period)
);

alter table trade_documents add column number text;

with numbered as (
    select tenant_id, document_id, kind, date_trunc('month', doc_date)::date as period,
           row_number() over (partition by tenant_id, kind, date_trunc('month', doc_date) order by document_id) as n
    from trade_documents
)
update trade_documents d
set number = (case n.kind
                  when 'SALES_ORDER' then 'XSDD' when 'SALES_DELIVERY' then 'XSCK' when 'SALES_RETURN' then 'XSTH'
                  when 'PURCHASE_ORDER' then 'CGDD' when 'PURCHASE_RECEIPT' then 'CGRK' when 'PURCHASE_RETURN' then 'CGTH'
                  else n.kind end)
             || '-' || to_char(n.period, 'YYYYMM') || '-'
             || case when n.n < 10000 then lpad(n.n::text, 4, '0') else n.n::text end
from numbered n
where d.tenant_id = n.tenant_id and d.document_id = n.document_id;

insert into trade_document_counters (tenant_id, kind, period, last_number)
select tenant_id, kind, date_trunc('month', doc_date)::date, count(*)
from trade_documents
group by tenant_id, kind, date_trunc('month', doc_date);

alter table trade_documents alter column number set not null;
create unique index trade_documents_number on trade_documents (tenant_id, number);
