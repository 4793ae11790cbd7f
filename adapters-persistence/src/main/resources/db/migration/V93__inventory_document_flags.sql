-- Yes/no facts stored on an inventory document, by wire name: charge-at-own-date (a landed cost posted while its
-- receipt's period was closed lands at its own date, spec 2.11), abnormal-loss (a stocktake whose loss reverses
-- the lost goods' input VAT, IV-7).
alter table inventory_documents add column flags text[] not null default '{}';
