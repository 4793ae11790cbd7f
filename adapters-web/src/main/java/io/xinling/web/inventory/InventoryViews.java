package io.xinling.web.inventory;

import io.xinling.application.inventory.DocumentSummary;
import io.xinling.application.inventory.Page;
import io.xinling.application.inventory.BalanceRow;
import io.xinling.application.inventory.BrandView;
import io.xinling.application.inventory.CategoryView;
import io.xinling.application.inventory.DocumentFlag;
import io.xinling.application.inventory.DocumentKind;
import io.xinling.application.inventory.DocumentView;
import io.xinling.application.inventory.DraftLine;
import io.xinling.application.inventory.ExpiringBatch;
import io.xinling.application.inventory.ProductView;
import io.xinling.application.inventory.SerialStatus;
import io.xinling.application.inventory.WarehouseView;
import io.xinling.application.inventory.port.LedgerStore;
import io.xinling.domain.catalog.BarcodeMatch;
import io.xinling.domain.catalog.BrandId;
import io.xinling.domain.catalog.CategoryId;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.inventory.BatchNo;
import io.xinling.domain.inventory.Location;
import io.xinling.domain.inventory.Warehouse;
import io.xinling.domain.inventory.ledger.StockMovement;
import io.xinling.domain.inventory.stock.BatchPick;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/** Hand-written mapping of inventory read models to response bodies. */
final class InventoryViews {

    private InventoryViews() {
    }

    static InventoryDtos.ProductResponse product(ProductView v) {
        var p = v.product();
        return new InventoryDtos.ProductResponse(p.id().value(), p.code(), p.name().toString(), new TreeMap<>(p.name().names()),
                p.name().defaultLanguage(), p.category().map(CategoryId::value).orElse(null),
                p.brand().map(BrandId::value).orElse(null), p.images(), v.skus().stream().map(InventoryViews::sku).toList());
    }

    static InventoryDtos.CategoryResponse category(CategoryView v) {
        var c = v.category();
        return new InventoryDtos.CategoryResponse(c.id().value(), v.code(), c.name().toString(), new TreeMap<>(c.name().names()),
                c.name().defaultLanguage(), c.parent().map(CategoryId::value).orElse(null),
                v.path().stream().map(CategoryId::value).toList());
    }

    static InventoryDtos.BrandResponse brand(BrandView v) {
        var b = v.brand();
        return new InventoryDtos.BrandResponse(b.id().value(), v.code(), b.name().toString(), new TreeMap<>(b.name().names()),
                b.name().defaultLanguage());
    }

    static InventoryDtos.SkuResponse sku(Sku s) {
        return new InventoryDtos.SkuResponse(s.id().value(), s.product().value(), s.code(), s.name().toString(),
                s.attributes(), s.baseUnit().code(),
                s.units().factors().entrySet().stream().map(e -> new InventoryDtos.UnitRequest(e.getKey().code(),
                        e.getValue().toPlainString())).toList(),
                s.barcodes().entrySet().stream().map(e -> new InventoryDtos.BarcodeRequest(e.getKey().code(),
                        e.getValue().code())).sorted(java.util.Comparator.comparing(InventoryDtos.BarcodeRequest::code)).toList(),
                wire(s.tracking().name()), s.shelfLifeDays().orElse(null),
                s.taxRate().rate().fraction().movePointRight(2).stripTrailingZeros().toPlainString(),
                s.referenceCost().map(Money::format).orElse(null), s.batchCosting(), s.zeroCostAllowed());
    }

    static InventoryDtos.BarcodeResponse barcode(String code, BarcodeMatch m) {
        return new InventoryDtos.BarcodeResponse(code, m.sku().value(), m.unit().code());
    }

    static InventoryDtos.WarehouseResponse warehouse(WarehouseView v) {
        Warehouse w = v.warehouse();
        return new InventoryDtos.WarehouseResponse(w.id().value(), w.code(), v.name(), wire(w.kind().name()),
                w.branch().value(), w.allowNegativeStock().orElse(null));
    }

    static <T, R> InventoryDtos.PageResponse<R> page(Page<T> page,
                                                      java.util.function.Function<T, R> mapper) {
        return new InventoryDtos.PageResponse<>(page.items().stream().map(mapper).toList(), page.total(), page.limit(),
                page.offset());
    }

    static InventoryDtos.DocumentSummaryResponse summary(DocumentSummary s) {
        var d = s.header();
        return new InventoryDtos.DocumentSummaryResponse(s.id(), s.number(), d.kind().wire(), s.status().wire(), d.date(),
                d.time().toString(), d.warehouse().orElse(null), d.toWarehouse().orElse(null), d.purpose().orElse(null),
                d.reference().orElse(null), d.amount().map(Money::format).orElse(null), d.note().orElse(null), s.lines());
    }

    static InventoryDtos.DocumentResponse document(DocumentView v) {
        var d = v.document().draft();
        return new InventoryDtos.DocumentResponse(v.document().id(), v.document().number(), d.kind().wire(), v.document().status().wire(),
                d.date(), d.time().toString(), d.warehouse().orElse(null), d.toWarehouse().orElse(null),
                d.purpose().orElse(null), d.reference().orElse(null), d.amount().map(Money::format).orElse(null),
                d.basis().orElse(null), d.note().orElse(null), d.lines().stream().map(InventoryViews::line).toList(),
                v.movements().stream().map(InventoryViews::movement).toList(), d.supplier().orElse(null),
                d.flags().stream().sorted().map(DocumentFlag::wire).toList(),
                d.kind() == DocumentKind.STOCKTAKE
                        ? d.has(DocumentFlag.ABNORMAL_LOSS) : null);
    }

    private static InventoryDtos.LineResponse line(DraftLine l) {
        return new InventoryDtos.LineResponse(l.line(), l.role().wire(), l.sku(), l.quantity().map(Quantity::format).orElse(null),
                l.unit().orElse(null), l.batch().orElse(null), l.producedOn().orElse(null), l.expiresOn().orElse(null),
                l.serials(), l.amount().map(Money::format).orElse(null),
                l.weight().map(BigDecimal::toPlainString).orElse(null),
                l.reference().map(r -> r.document().value()).orElse(null), l.reference().map(r -> r.line()).orElse(null),
                l.reference().map(r -> r.leg()).orElse(null));
    }

    static InventoryDtos.MovementResponse movement(StockMovement m) {
        var s = m.spec();
        return new InventoryDtos.MovementResponse(s.id().document().value(), s.id().line(), s.id().leg(),
                s.ordering().date(), warehouseOf(s.slot().location()), transitOf(s.slot().location()), s.sku().value(),
                s.slot().batch().map(BatchNo::value).orElse(null), wire(s.kind().name()), m.quantity().format(),
                s.entered().quantity().format(), s.entered().unit().code(), m.amount().format(), m.settlement().format(),
                m.quantityAfter().format(), m.valueAfter().format(), wire(m.basis().name()),
                s.serials().stream().map(x -> x.value()).toList());
    }

    static InventoryDtos.BalanceResponse balance(BalanceRow r) {
        String unitCost = r.quantity().isZero() ? null
                : r.value().toDecimal().divide(r.quantity().value(), 4, RoundingMode.HALF_UP).toPlainString();
        return new InventoryDtos.BalanceResponse(warehouseOf(r.slot().location()), transitOf(r.slot().location()),
                r.slot().sku().value(), r.slot().batch().map(BatchNo::value).orElse(null), r.quantity().format(),
                r.value().format(), unitCost);
    }

    static InventoryDtos.ExpiringResponse expiring(ExpiringBatch b) {
        return new InventoryDtos.ExpiringResponse(warehouseOf(b.slot().location()), b.slot().sku().value(),
                b.slot().batch().map(BatchNo::value).orElse(null), b.expiresOn(), b.quantity().format());
    }

    static InventoryDtos.SerialStateResponse serialState(SerialStatus s) {
        return new InventoryDtos.SerialStateResponse(s.sku(), s.serial(), wire(s.state().name()), warehouseOf(s.location()),
                transitOf(s.location()), s.since(), s.lastMovement().document().value(), s.lastMovement().line());
    }

    static InventoryDtos.FefoPickResponse fefoPick(BatchPick p) {
        return new InventoryDtos.FefoPickResponse(p.batch().number().value(), p.batch().producedOn().orElse(null),
                p.batch().expiresOn().orElse(null), p.quantity().format());
    }

    static InventoryDtos.AvailabilityResponse availability(LedgerStore.Availability a) {
        return new InventoryDtos.AvailabilityResponse(a.warehouse().value(), a.sku().value(), a.onHand().format(),
                a.reserved().format(), a.available().format());
    }

    static <T, R> List<R> all(List<T> items, java.util.function.Function<T, R> mapper) {
        return items.stream().map(mapper).toList();
    }

    private static Long warehouseOf(Location l) {
        return l instanceof Location.InWarehouse w ? w.warehouse().value() : null;
    }

    private static Long transitOf(Location l) {
        return l instanceof Location.InTransit t ? t.dispatch().value() : null;
    }

    private static String wire(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
