-- Voucher generation (issue 5, spec 3.4): the tenant's mode (on posting, or batch 生成凭证), the vouchers batch
-- mode keeps pending (kept once a summary voucher took them, so a later cancel knows what its source booked),
-- and the lookups generation needs: vouchers by source, trade documents by their inventory document.

create table voucher_generation_settings (
    tenant_id bigint primary key references tenants (tenant_id),
    mode      text   not null check (mode in ('ON_POSTING', 'BATCH'))
);

create table voucher_generation_pending (
    tenant_id          bigint  not null references tenants (tenant_id),
    generation_key     text    not null,
    seq                bigint  generated always as identity,
    source_type        text    not null,
    source_id          text    not null,
    source_version     bigint  not null,
    template_id        text    not null,
    template_version   bigint  not null,
    cost_version       bigint  not null,
    content_hash       text    not null,
    voucher_date       date    not null,
    word               text    not null,
    attachments        integer not null check (attachments >= 0),
    lines              text    not null,          -- one line per row: side, account, dim key, minor units, summary (tab-separated)
    summarised         boolean not null default false,
    summary_voucher_id bigint,
    primary key (tenant_id, generation_key),
    foreign key (tenant_id, summary_voucher_id) references vouchers (tenant_id, voucher_id),
    check (summarised or summary_voucher_id is null)
);

create index voucher_generation_pending_open on voucher_generation_pending (tenant_id, voucher_date) where not summarised;
create index voucher_generation_pending_by_source on voucher_generation_pending (tenant_id, source_type, source_id);
create index vouchers_by_source on vouchers (tenant_id, source_type, source_id) where source_type is not null;
create index trade_documents_by_inventory_document on trade_documents (tenant_id, inventory_document_id)
    where inventory_document_id is not null;
