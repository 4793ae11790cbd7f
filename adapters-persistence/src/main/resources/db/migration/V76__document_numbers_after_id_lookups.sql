-- Posting throughput in a young database: a document is read, locked and updated by (tenant_id, document_id), its
-- primary key. Before the table's first ANALYZE the planner cannot tell that index from the unique index of numbers,
-- (tenant_id, number), whose first column alone also matches: both cost the same on a table of a few pages, and the
-- generic plan that pgjdbc's prepared statements keep picked the numbers index, scanning every document of the tenant
-- for the one id. Each post of post-issue-db then took milliseconds per lookup, growing with the table, until
-- autovacuum's first ANALYZE replaced the plan about a minute later. With the number first, that index matches a
-- lookup by number only (tenant and number, as before) and never an id lookup. Nothing reads documents in number order.
drop index inventory_documents_number;
create unique index inventory_documents_number on inventory_documents (number, tenant_id);
drop index trade_documents_number;
create unique index trade_documents_number on trade_documents (number, tenant_id);
