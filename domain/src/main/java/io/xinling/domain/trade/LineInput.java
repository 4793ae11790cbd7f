package io.xinling.domain.trade;

import io.xinling.domain.kernel.Percentage;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TaxRate;
import io.xinling.domain.pricing.UnitPrice;

import java.util.Objects;

/**
 * One document line as entered: a positive quantity, a unit price (with or without tax, per the
 * document), a line discount rate and a VAT rate. A gift line (赠品) carries a zero price.
 */
public record LineInput(long sku, Quantity quantity, UnitPrice price, Percentage discount, TaxRate taxRate,
                        boolean gift) {

    public LineInput {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(taxRate, "taxRate");
    }
}
