-- 3.4 payment.method.account: the account a tenant maps a payment method to (e.g. bank -> 100201 工商银行); a
-- method without a row posts to its default (cash 1001, bank 1002, wechat 101201, alipay 101202).
create table payment_method_accounts (
    tenant_id    bigint not null references accounting_books (tenant_id),
    method       text   not null,
    account_code text   not null,
    primary key (tenant_id, method)
);
