-- Posting throughput (voucher-post-batch): every voucher header paid for three foreign-key checks, each a lookup run
-- by a trigger per inserted row, about 40% of the COPY of a generated batch's headers. Two of them add no safety:
-- * the books: every statement that inserts or updates a voucher runs in a transaction that first took the books row
--   FOR SHARE or FOR UPDATE (BooksAccess; it seeds the books when absent), and books are never deleted;
-- * the reviewer: it is the authenticated principal's user when a voucher is reviewed, and the preparer itself on
--   generated, period-end and carry-forward vouchers, which are posted at once; users are never deleted.
-- The preparer's key stays: it is the one check that a voucher names a user of its own tenant.
alter table vouchers drop constraint vouchers_tenant_id_fkey;
alter table vouchers drop constraint vouchers_tenant_id_reviewer_id_fkey;
