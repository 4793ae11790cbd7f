package io.xinling.domain.inventory.ledger;

import io.vavr.control.Either;
import io.xinling.domain.catalog.CatalogError;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.catalog.TrackingPolicy;
import io.xinling.domain.inventory.BatchNo;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.SerialNo;
import io.xinling.domain.inventory.document.BatchInfo;
import io.xinling.domain.inventory.document.StockLine;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.UnitQuantity;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Checks a document line against the catalog and converts its quantity to base units exactly. */
final class LineResolver {

    private static final BigDecimal MAX_BASE_UNITS = new BigDecimal(InventoryError.QuantityOutOfRange.MAX_BASE_UNITS);

    private final InventorySetup setup;

    LineResolver(InventorySetup setup) {
        this.setup = setup;
    }

    Either<InventoryError, ResolvedLine> resolve(StockLine line) {
        return sku(line.sku())
                .flatMap(sku -> base(line.line(), sku, line.quantity(), false)
                        .flatMap(base -> tracked(line, sku, base)));
    }

    Either<InventoryError, Sku> sku(SkuId id) {
        return setup.catalog().sku(id).mapLeft(InventoryError.Catalog::new);
    }

    /** The quantity in base units: positive (or not negative for counts), a known unit, ≤ 6 decimals. */
    Either<InventoryError, Quantity> base(int line, Sku sku, UnitQuantity entered, boolean zeroAllowed) {
        Quantity q = entered.quantity();
        if (q.isNegative() && zeroAllowed) {
            return Either.left(new InventoryError.NegativeQuantity(line, q.format()));
        }
        if (!q.isPositive() && !zeroAllowed) {
            return Either.left(new InventoryError.NonPositiveQuantity(line, q.format()));
        }
        return sku.toBase(entered).<InventoryError>mapLeft(e -> e instanceof CatalogError.UnknownUnit u
                ? new InventoryError.UnknownUnit(line, sku.id(), u.unit())
                : new InventoryError.TooManyDecimals(line, entered.toString()))
                .filterOrElse(base -> base.value().compareTo(MAX_BASE_UNITS) <= 0,
                        base -> new InventoryError.QuantityOutOfRange(InventoryError.at(line), entered.toString()));
    }

    /** The batch a line names, when the SKU tracks batches (and none otherwise). */
    Either<InventoryError, Optional<BatchNo>> batch(int line, Sku sku, Optional<BatchNo> batch) {
        if (sku.tracking() == TrackingPolicy.BATCH && batch.isEmpty()) {
            return Either.left(new InventoryError.BatchMissing(line, sku.id()));
        }
        if (sku.tracking() != TrackingPolicy.BATCH && batch.isPresent()) {
            return Either.left(new InventoryError.BatchNotTracked(line, sku.id()));
        }
        return Either.right(batch);
    }

    private Either<InventoryError, ResolvedLine> tracked(StockLine line, Sku sku, Quantity base) {
        return batch(line.line(), sku, line.batch().map(BatchInfo::number))
                .flatMap(batch -> serials(line, sku, base).map(ok -> new ResolvedLine(line, sku, base, batch)));
    }

    private Either<InventoryError, Boolean> serials(StockLine line, Sku sku, Quantity base) {
        List<SerialNo> serials = line.serials();
        boolean serialTracked = sku.tracking() == TrackingPolicy.SERIAL;
        if (serialTracked ? base.compareTo(Quantity.of(serials.size())) != 0 : !serials.isEmpty()) {
            return Either.left(new InventoryError.SerialCountMismatch(line.line(), sku.id(), base, serials.size()));
        }
        HashSet<SerialNo> seen = new HashSet<>();
        for (SerialNo s : serials) {
            if (!seen.add(s)) {
                return Either.left(new InventoryError.DuplicateSerial(sku.id(), s));
            }
        }
        return Either.right(true);
    }
}
