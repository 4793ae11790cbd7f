-- Issue 3: switching the costing scope once stock has moved (spec 2.1). The switch is a system inventory
-- document of kind 'scope-switch' dated at the boundary; each of its lines carries one (SKU, warehouse[, batch])
-- across the boundary, so its lines name their own warehouse (null on every other document's lines).
alter table inventory_document_lines add column warehouse_id bigint;
