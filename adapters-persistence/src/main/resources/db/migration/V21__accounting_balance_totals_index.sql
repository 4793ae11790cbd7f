-- The trial balance without a dimension filter reads only the account totals (dim_key = ''); keep them in
-- their own index so that dimension rows (per item, customer…) never slow it down.
create index account_balances_totals on account_balances (tenant_id, period, account_code)
    include (debit_minor, credit_minor) where dim_key = '';

-- Posting throughput: a line's account is checked against the chart by the domain before any insert, and
-- accounts are never deleted, so the per-row foreign key check from every voucher line adds cost and no safety.
alter table voucher_lines drop constraint voucher_lines_tenant_id_account_code_fkey;
