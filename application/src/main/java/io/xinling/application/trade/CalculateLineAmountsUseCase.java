package io.xinling.application.trade;

import io.vavr.control.Either;
import io.xinling.domain.trade.DocumentAmounts;
import io.xinling.domain.trade.TradeError;

import java.util.List;

/**
 * Line amounts of a document from what a client entered (decimal strings), by the pure
 * {@link io.xinling.domain.trade.LineCalculator}. Purchase and sales documents call the calculator
 * directly with typed values; this use case serves previews and clients that enter text.
 */
public interface CalculateLineAmountsUseCase {

    /** Quantity up to 6 decimals, price up to 4, discount and tax rate in percent ("13", "9.5"). */
    record LineText(Long sku, String quantity, String price, String discountPercent, String taxRatePercent,
                    Boolean gift) {
    }

    record CalculateCommand(String currency, String exchangeRate, String priceEntry, String orderDiscount,
                            List<LineText> lines) {
    }

    Either<TradeError, DocumentAmounts> calculate(CalculateCommand command);
}
