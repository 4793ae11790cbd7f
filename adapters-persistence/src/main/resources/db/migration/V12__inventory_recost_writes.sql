-- Issue 3: re-costing rewrites the cost columns of many movements in one statement. Free room on each
-- page lets PostgreSQL update those rows in place (HOT: no new index entries, as no indexed column
-- changes), and cost deltas, written only by the ledger for movements it has just stored or re-costed
-- in the same transaction, skip the per-row foreign-key check.
alter table stock_movements set (fillfactor = 70);
alter table cost_deltas drop constraint cost_deltas_tenant_id_document_id_line_no_leg_fkey;
