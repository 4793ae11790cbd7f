-- Issue 3: a backdated document re-costs every later movement of its key, so each movement row is updated
-- about once over its life. With half of every page free, that update stays on its page (a HOT update: no
-- new index entries, far less WAL) for every row, not just the first few of a page; the table is about twice
-- as large on disk. Pages written before this migration keep their layout until rewritten.
alter table stock_movements set (fillfactor = 45);
