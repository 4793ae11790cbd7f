package io.xinling.bootstrap;

import io.vavr.control.Either;
import io.xinling.application.inventory.CatalogCommands;
import io.xinling.application.inventory.CatalogCommands.NewSku;
import io.xinling.application.inventory.DocumentCommands;
import io.xinling.application.partner.CreatePartnerUseCase.CreatePartnerCommand;
import io.xinling.application.promotion.CouponCommands;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.DomainError;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the demo tenant starts with, so that the quick start has something to look at: a central
 * warehouse and a store, three products (one with a case unit, one in colours and sizes), opening stock
 * with cost, a customer and a supplier, an active 满100减20 scheme and a batch of 10-yuan coupons.
 * Seeded once, when the demo tenant is created; every step goes through the same use cases as the API.
 */
final class DemoData {

    private final Application app;
    private final Clock clock;

    DemoData(Application app, Clock clock) {
        this.app = app;
        this.clock = clock;
    }

    void seed(TenantId tenant) {
        long central = ok(app.catalog().createWarehouse(new CatalogCommands.CreateWarehouse(tenant, "WH01", "总仓",
                "central", 1L, false))).warehouse().id().value();
        ok(app.catalog().createWarehouse(new CatalogCommands.CreateWarehouse(tenant, "ST01", "一号门店", "store", 1L, false)));
        long cola = sku(tenant, "COLA", "可乐 330ml", new NewSku("COLA-330", "可乐 330ml", Map.of(), "瓶",
                List.of(new CatalogCommands.UnitFactor("箱", "24")),
                List.of(new CatalogCommands.BarcodeUnit("6901234567892", "瓶"), new CatalogCommands.BarcodeUnit("16901234567899", "箱")),
                "none", null, "13", "1.80", false, false));
        long water = sku(tenant, "WATER", "矿泉水 550ml", new NewSku("WATER-550", "矿泉水 550ml", Map.of(), "瓶",
                List.of(new CatalogCommands.UnitFactor("箱", "12")), List.of(), "batch", 365, "13", "0.90", false, false));
        long tee = sku(tenant, "TEE", "纯棉T恤", new NewSku("TEE-WHITE-M", "纯棉T恤 白 M", Map.of("colour", "白", "size", "M"),
                "件", List.of(), List.of(), "none", null, "13", "35.00", false, false));
        LocalDate day = LocalDate.now(clock).withDayOfMonth(1);
        receive(tenant, central, day, List.of(
                line(cola, "10", "箱", null, "432.00"),
                line(water, "20", "箱", "B" + day.getYear() + day.getMonthValue(), "216.00"),
                line(tee, "50", "件", null, "1750.00")));
        ok(app.partners().createPartner(new CreatePartnerCommand(tenant, "C001", "示例便利店", List.of("customer"), null,
                "5000.00", 30, null, List.of(), List.of())));
        ok(app.partners().createPartner(new CreatePartnerCommand(tenant, "S001", "示例饮料批发", List.of("supplier"), null,
                null, 30, null, List.of(), List.of())));
        promotion(tenant);
    }

    private void promotion(TenantId tenant) {
        ok(app.schemes().create(tenant, "threshold_amount_off", Map.of("id", "demo-100-20", "label", "满100减20",
                "params", Map.of("tiers", List.of(Map.of("threshold", "100.00", "amount", "20.00"))))));
        for (String action : List.of("submit", "approve", "activate")) {
            ok(app.schemes().act(tenant, "demo-100-20", action));
        }
        long type = ok(app.coupons().createType(new CouponCommands.CreateType(tenant, "10元代金券", "cash_coupon",
                Map.of("amount", "10.00"), Optional.empty(), Optional.empty(), Optional.of(30), Optional.of(3),
                false, true, Optional.empty()))).id();
        ok(app.coupons().generate(new CouponCommands.GenerateBatch(tenant, type, 10, "XL")));
    }

    private long sku(TenantId tenant, String code, String name, NewSku sku) {
        return ok(app.catalog().createProduct(new CatalogCommands.CreateProduct(tenant, code, name, null, null, null, null, null, List.of(sku))))
                .skus().get(0).id().value();
    }

    private void receive(TenantId tenant, long warehouse, LocalDate day, List<DocumentCommands.Line> lines) {
        long id = ok(app.inventoryDocuments().create(new DocumentCommands.Create(tenant, "receipt", day.toString(), null,
                warehouse, null, "opening", null, null, null, "期初库存", lines))).document().id();
        ok(app.inventoryDocuments().post(tenant, id));
    }

    private static DocumentCommands.Line line(long sku, String qty, String unit, String batch, String amount) {
        return new DocumentCommands.Line(null, sku, qty, unit, batch, null, null, List.of(), amount, null, null, null, null);
    }

    private static <E extends DomainError, T> T ok(Either<E, T> result) {
        return result.getOrElseThrow(e -> new IllegalStateException("demo data refused: " + e.code() + ": " + e.message()));
    }
}
