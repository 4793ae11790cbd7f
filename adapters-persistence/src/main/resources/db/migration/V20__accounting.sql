-- Accounting core: books (period watermark, settings), chart of accounts, vouchers and lines (append-only
-- ledger once posted), voucher number counters, balance rows kept in the posting transaction, close log.
-- Every key starts with tenant_id.

create table accounting_books (
    tenant_id         bigint      primary key references tenants (tenant_id),
    closed_through    date,                       -- first day of the last closed month; every month up to it is closed
    allow_self_review boolean     not null default false,
    created_at        timestamptz not null
);

create table accounts (
    tenant_id           bigint not null references accounting_books (tenant_id),
    code                text   not null,
    name                text   not null,
    account_type        text   not null,
    direction           text   not null check (direction in ('DEBIT', 'CREDIT')),
    required_dimensions text[] not null,
    primary key (tenant_id, code)
);

create table voucher_counters (
    tenant_id   bigint  not null references accounting_books (tenant_id),
    period      date    not null,
    word        text    not null,
    next_number integer not null,
    primary key (tenant_id, period, word)
);

create sequence voucher_id_seq start with 1 cache 100;

create table vouchers (
    tenant_id        bigint  not null references accounting_books (tenant_id),
    voucher_id       bigint  not null,
    period           date    not null,
    word             text    not null,
    number           integer not null check (number > 0),
    voucher_date     date    not null,
    attachments      integer not null check (attachments >= 0),
    status           text    not null check (status in ('DRAFT', 'POSTED')),
    origin           text    not null,
    preparer_id      bigint  not null,
    reviewer_id      bigint,
    reversal_of      bigint,
    source_type      text,
    source_id        text,
    source_version   bigint,
    template_id      text,
    template_version bigint,
    cost_version     bigint,
    content_hash     text,
    generation_key   text,
    primary key (tenant_id, voucher_id),
    constraint vouchers_number_unique unique (tenant_id, period, word, number) deferrable initially deferred,
    constraint vouchers_generation_key_unique unique (tenant_id, generation_key),
    foreign key (tenant_id, reversal_of) references vouchers (tenant_id, voucher_id),
    foreign key (tenant_id, preparer_id) references users (tenant_id, user_id),
    foreign key (tenant_id, reviewer_id) references users (tenant_id, user_id)
);

create unique index vouchers_one_reversal on vouchers (tenant_id, reversal_of) where reversal_of is not null;
create index vouchers_by_date on vouchers (tenant_id, voucher_date);

create table voucher_lines (
    tenant_id    bigint  not null,
    voucher_id   bigint  not null,
    line_no      integer not null,
    voucher_date date    not null,
    account_code text    not null,
    dim_key      text    not null,
    dims         jsonb   not null,
    summary      text    not null,
    debit_minor  bigint  not null,
    credit_minor bigint  not null,
    primary key (tenant_id, voucher_id, line_no),
    foreign key (tenant_id, voucher_id) references vouchers (tenant_id, voucher_id) on delete cascade,
    foreign key (tenant_id, account_code) references accounts (tenant_id, code),
    check ((debit_minor = 0) <> (credit_minor = 0))
);

create index voucher_lines_by_account on voucher_lines (tenant_id, account_code, voucher_date);

-- Posted turnover per (period, leaf account, dimension tuple); dim_key '' is the account's total.
create table account_balances (
    tenant_id    bigint not null references accounting_books (tenant_id),
    period       date   not null,
    account_code text   not null,
    dim_key      text   not null,
    dims         jsonb  not null,
    debit_minor  bigint not null,
    credit_minor bigint not null,
    primary key (tenant_id, period, account_code, dim_key)
);

create table period_closes (
    tenant_id              bigint      not null references accounting_books (tenant_id),
    period                 date        not null,
    previous_closed_through date,
    carry_forward_id       bigint,
    closed_at              timestamptz not null,
    closed_by              bigint      not null,
    primary key (tenant_id, period)
);

create sequence period_event_id_seq start with 1;

create table period_events (
    tenant_id  bigint      not null references accounting_books (tenant_id),
    event_id   bigint      not null default nextval('period_event_id_seq'),
    period     date        not null,
    kind       text        not null,
    at         timestamptz not null,
    by_user    bigint      not null,
    reason     text,
    primary key (tenant_id, event_id)
);
