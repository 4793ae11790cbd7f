-- Every document created or posted reads its SKUs with their barcodes (JooqCatalogRepository.SKUS_BY_ID): without this
-- index each SKU read went through every barcode of the tenant.
create index barcodes_by_sku on barcodes (tenant_id, sku_id);
