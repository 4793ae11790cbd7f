-- Receivables and payables: items (charges from posted documents; receipts, payments, advances and
-- credits) and write-offs (核销) between them. Items change only in open_amount and last_matched;
-- write-offs are append-only (a reversal is a new row with the negated amount naming the original).
-- Amounts are minor units of the item currency; book_amount_minor is CNY fen.

create sequence settlement_item_id_seq start with 1;

create table settlement_items (
    tenant_id         bigint        not null,
    item_id           bigint        not null default nextval('settlement_item_id_seq'),
    partner_id        bigint        not null,
    ledger            text          not null check (ledger in ('RECEIVABLE', 'PAYABLE')),
    side              text          not null check (side in ('DEBIT', 'CREDIT')),
    kind              text          not null check (kind in ('DOCUMENT', 'RECEIPT', 'ADVANCE')),
    source_type       text          not null,
    source_ref        text          not null,
    doc_date          date          not null,
    due_date          date          not null,
    currency          char(3)       not null,
    amount_minor      bigint        not null check (amount_minor > 0),
    open_minor        bigint        not null,
    exchange_rate     numeric(18,6) not null check (exchange_rate > 0),
    book_amount_minor bigint        not null,
    method            text          check (method in ('CASH', 'BANK', 'WECHAT', 'ALIPAY')),
    last_matched      date,
    created_at        timestamptz   not null,
    primary key (tenant_id, item_id),
    foreign key (tenant_id, partner_id) references partners (tenant_id, partner_id),
    unique (tenant_id, ledger, source_type, source_ref),
    check (open_minor >= 0 and open_minor <= amount_minor)
);

create index settlement_items_by_partner on settlement_items (tenant_id, partner_id, ledger, doc_date);

create sequence write_off_id_seq start with 1;

create table settlement_write_offs (
    tenant_id      bigint      not null,
    write_off_id   bigint      not null default nextval('write_off_id_seq'),
    partner_id     bigint      not null,
    ledger         text        not null,
    debit_item_id  bigint      not null,
    credit_item_id bigint      not null,
    currency       char(3)     not null,
    amount_minor   bigint      not null check (amount_minor <> 0),
    write_off_date date        not null,
    reversal_of    bigint,
    created_at     timestamptz not null,
    created_by     bigint,
    primary key (tenant_id, write_off_id),
    foreign key (tenant_id, partner_id) references partners (tenant_id, partner_id),
    foreign key (tenant_id, debit_item_id) references settlement_items (tenant_id, item_id),
    foreign key (tenant_id, credit_item_id) references settlement_items (tenant_id, item_id),
    foreign key (tenant_id, reversal_of) references settlement_write_offs (tenant_id, write_off_id),
    unique (tenant_id, reversal_of),
    check ((reversal_of is null) = (amount_minor > 0))
);

create index settlement_write_offs_by_partner on settlement_write_offs (tenant_id, partner_id, ledger);
