package io.xinling.application.trade;

import io.vavr.control.Either;
import io.xinling.application.inventory.BalanceRow;
import io.xinling.application.inventory.CatalogUseCases;
import io.xinling.application.inventory.ExpiringBatch;
import io.xinling.application.inventory.InventoryQueryUseCases;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.catalog.TrackingPolicy;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.Unit;
import io.xinling.domain.kernel.UnitQuantity;
import io.xinling.domain.trade.LineInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Batch picking of a sales delivery (first-expired-first-out): a line of a batch-tracked SKU that names no batch
 * takes the batches the warehouse holds on the delivery's date, soonest expiry first (no expiry last, then by
 * batch number). A line one batch covers names that batch; a line in the SKU's base unit that needs several
 * becomes one line per batch (same price, discount and tax rate); a line in another unit that needs several is
 * refused, naming its batch field (its quantity would not split exactly in that unit).
 */
final class BatchPicker {

    private final CatalogUseCases catalog;
    private final InventoryQueryUseCases stock;

    BatchPicker(CatalogUseCases catalog, InventoryQueryUseCases stock) {
        this.catalog = catalog;
        this.stock = stock;
    }

    /** The draft with every batch-tracked delivery line picked; the draft itself when none needs it. */
    Either<TradeDocumentError, TradeDraft> pick(TenantId tenant, TradeDraft draft) {
        if (draft.kind() != TradeKind.SALES_DELIVERY) {
            return Either.right(draft);
        }
        Map<Long, Sku> skus = catalog.skus(tenant, draft.lines().stream().map(l -> l.input().sku())
                .collect(Collectors.toSet()));
        boolean needed = draft.lines().stream().anyMatch(l -> needsPick(skus.get(l.input().sku()), l));
        if (!needed) {
            return Either.right(draft);
        }
        Map<String, LocalDate> expiries = new HashMap<>();
        stock.expiring(tenant, LocalDate.MAX).forEach(all -> all.forEach(e -> e.slot().batch().ifPresent(b ->
                expiries.put(e.slot().sku().value() + "/" + b.value(), e.expiresOn()))));
        Map<String, Quantity> taken = new HashMap<>();
        List<TradeLine> lines = new ArrayList<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            TradeLine line = draft.lines().get(i);
            Sku sku = skus.get(line.input().sku());
            if (!needsPick(sku, line)) {
                lines.add(line);
                continue;
            }
            Either<TradeDocumentError, List<TradeLine>> picked = pickLine(tenant, draft, i, line, sku, expiries, taken);
            if (picked.isLeft()) {
                return Either.left(picked.getLeft());
            }
            lines.addAll(picked.get());
        }
        return Either.right(new TradeDraft(draft.kind(), draft.partner(), draft.warehouse(), draft.date(), draft.rate(),
                draft.entry(), draft.orderDiscount(), draft.delivery(), draft.order(), draft.note(), lines, draft.estimated()));
    }

    private static boolean needsPick(Sku sku, TradeLine line) {
        return sku != null && sku.tracking() == TrackingPolicy.BATCH && line.stock().batch().isEmpty();
    }

    private Either<TradeDocumentError, List<TradeLine>> pickLine(TenantId tenant, TradeDraft draft, int i, TradeLine line,
                                                                Sku sku, Map<String, LocalDate> expiries,
                                                                Map<String, Quantity> taken) {
        String at = "lines[" + i + "].";
        var base = sku.toBase(new UnitQuantity(line.input().quantity(), Unit.of(line.unit())));
        if (base.isLeft()) {
            return Either.left(new TradeDocumentError.Invalid(at + "unit", base.getLeft().message()));
        }
        List<BalanceRow> held = new ArrayList<>(stock.balances(tenant, draft.date(), Optional.of(draft.warehouse()),
                Optional.of(sku.id().value())).getOrElse(List.of()).stream()
                .filter(r -> r.slot().batch().isPresent() && r.quantity().isPositive()).toList());
        Comparator<BalanceRow> fefo = Comparator.comparing((BalanceRow r) -> Optional.ofNullable(
                expiries.get(key(r))).orElse(LocalDate.MAX)).thenComparing(r -> r.slot().batch().get().value());
        held.sort(fefo);
        List<String> batches = new ArrayList<>();
        List<Quantity> quantities = new ArrayList<>();
        Quantity left = base.get();
        for (BalanceRow r : held) {
            Quantity free = r.quantity().minus(taken.getOrDefault(key(r), Quantity.ZERO));
            if (left.isPositive() && free.isPositive()) {
                Quantity take = left.min(free);
                batches.add(r.slot().batch().get().value());
                quantities.add(take);
                taken.merge(key(r), take, Quantity::plus);
                left = left.minus(take);
            }
        }
        if (left.isPositive()) {
            return Either.left(new TradeDocumentError.Invalid(at + "quantity", "warehouse " + draft.warehouse()
                    + " holds " + base.get().minus(left).format() + " " + sku.baseUnit().code() + " of SKU "
                    + sku.id().value() + " in batches on " + draft.date() + ", " + left.format() + " short"));
        }
        if (batches.size() == 1) {
            return Either.right(List.of(withStock(line, line.input(), line.unit(), batches.get(0))));
        }
        if (!Unit.of(line.unit()).equals(sku.baseUnit())) {
            return Either.left(new TradeDocumentError.Invalid(at + "batch", "no single batch holds the line; name the "
                    + "batches, or enter the quantity in " + sku.baseUnit().code() + " to have it split"));
        }
        List<TradeLine> out = new ArrayList<>();
        for (int j = 0; j < batches.size(); j++) {
            LineInput in = line.input();
            out.add(withStock(line, new LineInput(in.sku(), quantities.get(j), in.price(), in.discount(), in.taxRate(),
                    in.gift()), line.unit(), batches.get(j)));
        }
        return Either.right(out);
    }

    private static String key(BalanceRow r) {
        return r.slot().sku().value() + "/" + r.slot().batch().get().value();
    }

    private static TradeLine withStock(TradeLine line, LineInput input, String unit, String batch) {
        return new TradeLine(input, unit, line.deliveryLine(), line.orderLine(), line.stock().withBatch(batch));
    }
}
