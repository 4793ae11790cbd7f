-- Striped balance rows: every posting transaction adds its turnover to one of 16 slots of each (period, account,
-- dimension tuple), chosen at random per transaction. Vouchers on the same busy accounts (cash, bank, revenue) then
-- rarely wait for each other's row locks until commit; readers sum the slots (they group by account anyway).
alter table account_balances add column slot smallint not null default 0;
alter table account_balances drop constraint account_balances_pkey;
alter table account_balances add primary key (tenant_id, period, account_code, dim_key, slot);
