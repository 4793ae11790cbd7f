package io.xinling.application.promotion.port;

import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.returns.PriorReturn;
import io.xinling.domain.promotion.returns.RefundResult;

import java.time.Instant;
import java.util.Currency;
import java.util.Map;

/**
 * Returns recorded against an order reference that no paid reservation kept (spec 3.15): the order as the first return
 * sent it, and what each return took of each line.
 */
public interface OrderReturnRepository {

    /**
     * The order recorded for {@code orderRef}, recording {@code order} when there is none yet, with a row lock held until
     * the transaction ends (so two returns of one order take turns).
     */
    String lockOrRecord(TenantId tenant, String orderRef, String order, Instant at);

    /** What the returns recorded against the order took so far, per line number. */
    Map<Integer, PriorReturn> returned(TenantId tenant, String orderRef, Currency currency);

    /** Records one more return against the order: what it took of each line, and what it did to each gift line. */
    void addReturn(TenantId tenant, String orderRef, RefundResult refund, Instant at);
}
