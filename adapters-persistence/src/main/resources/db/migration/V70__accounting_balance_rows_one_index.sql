-- Posting throughput (voucher-post-batch): a generated batch upserts one balance row per (period, account, dimension
-- tuple) it touches, most of them new rows (16 slots per key, V25), and every new total row (dim_key '') paid for an
-- entry in two indexes: the primary key and the partial index of account totals (V21, V23). Put dim_key right after
-- the period in the primary key instead: the account totals of a period range are then one contiguous range of it per
-- period (tenant_id, period, dim_key = ''), read without touching the dimension rows, and the second index goes.
-- Readers filter on tenant, period range and dim_key only; upserts name the same five columns as their conflict target.
alter table account_balances drop constraint account_balances_pkey;
alter table account_balances add primary key (tenant_id, period, dim_key, account_code, slot);
drop index account_balances_totals;
