package io.xinling.application.trade;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.trade.DocumentAmounts;

import java.util.List;
import java.util.Objects;

/**
 * A document with its amounts and, once posted, the cost of each line on the stock ledger (CNY, positive:
 * what a delivery took out, what a receipt or a return brought in), and for an order how much of each line
 * has been delivered or received.
 */
public record TradeDocumentView(TradeDocument document, DocumentAmounts amounts, List<Money> lineCosts,
                                List<Quantity> fulfilled) {

    public TradeDocumentView {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(amounts, "amounts");
        lineCosts = List.copyOf(lineCosts);
        fulfilled = List.copyOf(fulfilled);
    }
}
