-- Posting throughput (post-issue-db): per-row foreign key checks that guard against nothing the application can do.
-- Each check is a lookup with a row lock on the referenced row, measured per single-line post (auto_explain, with its
-- own overhead) at 0.14 ms for a document's tenant, 0.06 ms for a group head's, and 0.04 to 0.07 ms for each row of
-- lines, movements and group events pointing at their document. The tenant row is the same for every post of a
-- tenant, so concurrent posts share its lock as a MultiXact, created anew for every post that joins it.
--   Tenants are never deleted, and a tenant id reaches these tables only from an authenticated API key.
--   Inventory documents are never deleted; lines are written in the statement that inserts their document, and
--   movements and group events only by posting or cancelling a document read under its row lock.
-- (V21, V23, V26 and V73 dropped the accounting tables' checks for the same reasons.)
alter table inventory_documents drop constraint inventory_documents_tenant_id_fkey;
alter table inventory_group_heads drop constraint inventory_group_heads_tenant_id_fkey;
alter table inventory_document_lines drop constraint inventory_document_lines_tenant_id_document_id_fkey;
alter table stock_movements drop constraint stock_movements_tenant_id_document_id_fkey;
alter table inventory_group_events drop constraint inventory_group_events_tenant_id_document_id_fkey;
