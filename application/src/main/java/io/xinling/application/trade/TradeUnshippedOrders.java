package io.xinling.application.trade;

import io.xinling.application.partner.port.UnshippedOrders;
import io.xinling.application.trade.port.TradeDocumentRepository;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.trade.DocumentAmounts;

import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The credit exposure of approved sales orders not yet delivered: per line, the gross of what is left
 * ({@code round(gross × left / ordered)} half-up), converted to CNY once per order.
 */
public final class TradeUnshippedOrders implements UnshippedOrders {

    private final TradeDocumentRepository documents;

    public TradeUnshippedOrders(TradeDocumentRepository documents) {
        this.documents = documents;
    }

    @Override
    public Money unshipped(TenantId tenant, PartnerId customer) {
        Money total = Money.zero(Money.CNY);
        for (TradeDocument order : documents.openSalesOrders(tenant, customer)) {
            DocumentAmounts amounts = order.draft().amounts()
                    .getOrElseThrow(e -> new IllegalStateException("stored order " + order.id() + ": " + e.message()));
            total = total.plus(order.draft().rate().toBook(left(order, amounts, documents.fulfilled(tenant, order.id()))));
        }
        return total;
    }

    private static Money left(TradeDocument order, DocumentAmounts amounts, List<Quantity> fulfilled) {
        Money left = Money.zero(amounts.gross().currency());
        for (int i = 0; i < order.draft().lines().size(); i++) {
            Quantity ordered = order.draft().lines().get(i).input().quantity();
            Quantity open = ordered.minus(fulfilled.get(i)).max(Quantity.ZERO);
            left = left.plus(amounts.lines().get(i).gross().times(
                    open.value().divide(ordered.value(), MathContext.DECIMAL64), RoundingMode.HALF_UP));
        }
        return left;
    }
}
