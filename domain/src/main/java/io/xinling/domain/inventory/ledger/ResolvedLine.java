package io.xinling.domain.inventory.ledger;

import io.xinling.domain.catalog.Sku;
import io.xinling.domain.inventory.BatchNo;
import io.xinling.domain.inventory.document.StockLine;
import io.xinling.domain.kernel.Quantity;

import java.util.Optional;

/** A validated line: its SKU, its quantity in base units, its batch. */
record ResolvedLine(StockLine line, Sku sku, Quantity base, Optional<BatchNo> batch) {
}
