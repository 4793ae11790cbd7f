package io.xinling.persistence.promotion;

import io.xinling.application.promotion.port.OrderReturnRepository;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.returns.GiftReturn;
import io.xinling.domain.promotion.returns.LineRefund;
import io.xinling.domain.promotion.returns.PriorReturn;
import io.xinling.domain.promotion.returns.RefundResult;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

import static io.xinling.persistence.jooq.Tables.PROMOTION_REF_ORDERS;
import static io.xinling.persistence.jooq.Tables.PROMOTION_REF_RETURNS;
import static io.xinling.persistence.promotion.JooqCouponRepository.utc;

/** Returns recorded by order reference (V104), beside those recorded against a reservation. */
public final class JooqOrderReturnRepository implements OrderReturnRepository {

    private final DSLContext dsl;

    public JooqOrderReturnRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public String lockOrRecord(TenantId tenant, String orderRef, String order, Instant at) {
        dsl.insertInto(PROMOTION_REF_ORDERS, PROMOTION_REF_ORDERS.TENANT_ID, PROMOTION_REF_ORDERS.ORDER_REF,
                        PROMOTION_REF_ORDERS.PRICED_ORDER, PROMOTION_REF_ORDERS.CREATED_AT)
                .values(tenant.value(), orderRef, order, utc(at))
                .onConflictDoNothing()
                .execute();
        return dsl.select(PROMOTION_REF_ORDERS.PRICED_ORDER).from(PROMOTION_REF_ORDERS)
                .where(PROMOTION_REF_ORDERS.TENANT_ID.eq(tenant.value()), PROMOTION_REF_ORDERS.ORDER_REF.eq(orderRef))
                .forUpdate()
                .fetchOne(PROMOTION_REF_ORDERS.PRICED_ORDER);
    }

    @Override
    public Map<Integer, PriorReturn> returned(TenantId tenant, String orderRef, Currency currency) {
        Map<Integer, PriorReturn> out = new HashMap<>();
        dsl.select(PROMOTION_REF_RETURNS.LINE_NO, DSL.sum(PROMOTION_REF_RETURNS.QUANTITY), DSL.sum(PROMOTION_REF_RETURNS.REFUNDED),
                        DSL.sum(PROMOTION_REF_RETURNS.POINTS), DSL.sum(PROMOTION_REF_RETURNS.WITHHELD))
                .from(PROMOTION_REF_RETURNS)
                .where(PROMOTION_REF_RETURNS.TENANT_ID.eq(tenant.value()), PROMOTION_REF_RETURNS.ORDER_REF.eq(orderRef))
                .groupBy(PROMOTION_REF_RETURNS.LINE_NO)
                .forEach(r -> out.put(r.value1(), new PriorReturn(new Quantity(r.value2()),
                        Money.of(r.value3().longValueExact(), currency), r.value4().longValueExact(),
                        Money.of(Math.max(0, r.value5().longValueExact()), currency))));
        return out;
    }

    @Override
    public void addReturn(TenantId tenant, String orderRef, RefundResult refund, Instant at) {
        int returnNo = 1 + dsl.select(DSL.coalesce(DSL.max(PROMOTION_REF_RETURNS.RETURN_NO), 0)).from(PROMOTION_REF_RETURNS)
                .where(PROMOTION_REF_RETURNS.TENANT_ID.eq(tenant.value()), PROMOTION_REF_RETURNS.ORDER_REF.eq(orderRef))
                .fetchOne(0, Integer.class);
        var rows = dsl.insertInto(PROMOTION_REF_RETURNS, PROMOTION_REF_RETURNS.TENANT_ID, PROMOTION_REF_RETURNS.ORDER_REF,
                PROMOTION_REF_RETURNS.RETURN_NO, PROMOTION_REF_RETURNS.LINE_NO, PROMOTION_REF_RETURNS.QUANTITY,
                PROMOTION_REF_RETURNS.REFUNDED, PROMOTION_REF_RETURNS.POINTS, PROMOTION_REF_RETURNS.WITHHELD,
                PROMOTION_REF_RETURNS.CREATED_AT);
        // as for a reservation's returns: a returned line refunds money and points; a gift line records the units handed
        // back and the value withheld for a gift kept (or paid back, negative, for one that came back)
        for (LineRefund line : refund.lines()) {
            rows = rows.values(tenant.value(), orderRef, returnNo, line.lineNo(), line.quantity().value(), line.refund().minor(),
                    line.pointsRestored(), 0L, utc(at));
        }
        for (GiftReturn gift : refund.gifts()) {
            rows = rows.values(tenant.value(), orderRef, returnNo, gift.lineNo(), gift.handedBack().value(), 0L, 0L,
                    gift.withheld().minor() - gift.released().minor(), utc(at));
        }
        if (!refund.lines().isEmpty() || !refund.gifts().isEmpty()) {
            rows.execute();
        }
    }
}
