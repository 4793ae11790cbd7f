-- Voucher numbers are taken in short transactions of their own (JooqVoucherRepository with Database.numbers()), so a
-- posting does not hold its counter row until it commits. The first number of new books is taken while the
-- transaction that creates the books has not committed yet, which the foreign key check from the counter row could not
-- see; counters are only written for books their caller holds under lock, so the key adds no safety.
alter table voucher_counters drop constraint voucher_counters_tenant_id_fkey;
