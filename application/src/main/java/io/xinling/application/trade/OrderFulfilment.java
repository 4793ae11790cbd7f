package io.xinling.application.trade;

import io.vavr.control.Either;
import io.xinling.application.inventory.CatalogUseCases;
import io.xinling.application.trade.port.TradeDocumentRepository;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TenantId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A delivery or receipt against an order: the order is locked, must be approved or partly fulfilled, be the
 * partner's, be dated on or before the delivery or receipt, and have enough left of each line it names (same SKU;
 * counted in the order line's unit, another unit of the SKU converted exactly, see {@link SourceUnits}); posting
 * adds to the fulfilled quantities and moves the order to partially delivered/received or completed.
 */
final class OrderFulfilment {

    private static final Set<TradeStatus> OPEN = Set.of(TradeStatus.APPROVED, TradeStatus.PARTIALLY_DELIVERED,
            TradeStatus.PARTIALLY_RECEIVED);

    private final TradeDocumentRepository documents;
    private final CatalogUseCases catalog;

    OrderFulfilment(TradeDocumentRepository documents, CatalogUseCases catalog) {
        this.documents = documents;
        this.catalog = catalog;
    }

    /** Each line of {@code draft} (against order {@code id} with {@code ordered} lines) in its order line's unit. */
    Either<TradeDocumentError, List<Quantity>> inOrderUnits(TenantId tenant, TradeDraft draft, long id,
                                                            List<TradeLine> ordered) {
        Map<Long, Sku> skus = catalog.skus(tenant, draft.lines().stream().map(l -> l.input().sku())
                .collect(Collectors.toSet()));
        String orderKind = draft.kind() == TradeKind.SALES_DELIVERY ? TradeKind.SALES_ORDER.wire()
                : TradeKind.PURCHASE_ORDER.wire();
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            TradeLine line = draft.lines().get(i);
            int no = line.orderLine().orElse(0);
            if (no < 1 || no > ordered.size() || ordered.get(no - 1).input().sku() != line.input().sku()) {
                return Either.left(new TradeDocumentError.Invalid("lines[" + i + "].orderLine",
                        "order " + id + " has no line " + no + " of this SKU"));
            }
            var counted = SourceUnits.inSourceUnit(skus.get(line.input().sku()), line, ordered.get(no - 1).unit(),
                    "lines[" + i + "].", "line " + no + " of " + orderKind + " " + id);
            if (counted.isLeft()) {
                return Either.left(counted.getLeft());
            }
            out.add(counted.get());
        }
        return Either.right(out);
    }

    Either<TradeDocumentError, Boolean> fulfil(TenantId tenant, TradeDraft draft, boolean apply) {
        if (draft.order().isEmpty()) {
            return Either.right(true);
        }
        long id = draft.order().get();
        TradeKind orderKind = draft.kind() == TradeKind.SALES_DELIVERY ? TradeKind.SALES_ORDER : TradeKind.PURCHASE_ORDER;
        var order = documents.lock(tenant, id).filter(o -> o.draft().kind() == orderKind
                && o.draft().partner().equals(draft.partner()));
        if (order.isEmpty()) {
            return Either.left(new TradeDocumentError.Invalid("orderId", "no " + orderKind.wire() + " " + id
                    + " of partner " + draft.partner().value()));
        }
        if (!OPEN.contains(order.get().status())) {
            return Either.left(new TradeDocumentError.IllegalStatus(id, order.get().status().wire(),
                    "delivered or received against"));
        }
        if (draft.date().isBefore(order.get().draft().date())) {
            return Either.left(new TradeDocumentError.Invalid("date", "is before " + orderKind.wire() + " " + id
                    + " of " + order.get().draft().date()));
        }
        List<TradeLine> ordered = order.get().draft().lines();
        var counted = inOrderUnits(tenant, draft, id, ordered);
        if (counted.isLeft()) {
            return Either.left(counted.getLeft());
        }
        List<Quantity> after = new ArrayList<>(documents.fulfilled(tenant, id));
        for (int i = 0; i < draft.lines().size(); i++) {
            int no = draft.lines().get(i).orderLine().orElseThrow();
            Quantity quantity = counted.get().get(i);
            String unit = " " + ordered.get(no - 1).unit();
            Quantity total = ordered.get(no - 1).input().quantity();
            Quantity left = total.minus(after.get(no - 1));
            if (quantity.compareTo(left) > 0) {
                return Either.left(new TradeDocumentError.ExceedsOrder(id, no, total.format() + unit, left.format() + unit));
            }
            after.set(no - 1, after.get(no - 1).plus(quantity));
        }
        if (apply) {
            record(tenant, id, draft, ordered, counted.get(), after);
        }
        return Either.right(true);
    }

    private void record(TenantId tenant, long id, TradeDraft draft, List<TradeLine> ordered, List<Quantity> counted,
                        List<Quantity> after) {
        for (int i = 0; i < draft.lines().size(); i++) {
            documents.addFulfilled(tenant, id, draft.lines().get(i).orderLine().orElseThrow(), counted.get(i));
        }
        boolean complete = true;
        for (int i = 0; i < ordered.size(); i++) {
            complete &= after.get(i).compareTo(ordered.get(i).input().quantity()) >= 0;
        }
        TradeStatus partly = draft.kind() == TradeKind.SALES_DELIVERY ? TradeStatus.PARTIALLY_DELIVERED
                : TradeStatus.PARTIALLY_RECEIVED;
        documents.setStatus(tenant, id, complete ? TradeStatus.COMPLETED : partly);
    }
}
