-- Balance rows are written only by postings, in the transaction that inserts their vouchers (which reference the
-- books) under the books' shared lock, and books are never deleted; the per-row foreign key check from every upserted
-- balance row (one per period, account and dimension tuple of a batch: thousands per generated batch) adds no safety.
alter table account_balances drop constraint account_balances_tenant_id_fkey;
