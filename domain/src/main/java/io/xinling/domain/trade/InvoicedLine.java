package io.xinling.domain.trade;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TaxRate;

import java.util.Objects;

/**
 * One line of a supplier invoice that settles an estimated receipt (到票, spec 4.1 P-3), for receipt line {@code line}
 * (from 1): its net (金额), rate (税率) and tax (税额), with {@code net + tax = gross} exactly (I-19). Entered
 * tax-exclusive the tax is {@code round2(net × rate)}; entered tax-inclusive the net is {@code round2(gross / (1 + rate))}
 * and the tax the rest (3.5).
 */
public record InvoicedLine(int line, TaxRate rate, Money net, Money tax) {

    public InvoicedLine {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(tax, "tax");
        if (line < 1) {
            throw new IllegalArgumentException("receipt lines are numbered from 1: " + line);
        }
    }

    /** A line entered tax-exclusive: the tax is the net times the rate, rounded half-up once. */
    public static InvoicedLine ofNet(int line, TaxRate rate, Money net) {
        return new InvoicedLine(line, rate, net, rate.taxOfNet(net));
    }

    /** A line entered tax-inclusive: the net is the gross over one plus the rate, rounded half-up once. */
    public static InvoicedLine ofGross(int line, TaxRate rate, Money gross) {
        return new InvoicedLine(line, rate, rate.netOfGross(gross), rate.taxOfGross(gross));
    }

    public Money gross() {
        return net.plus(tax);
    }

    /**
     * What this line puts into stock: its net for a general taxpayer, who deducts the input VAT, its gross when the
     * books include VAT in stock (a small-scale taxpayer, spec 2.4).
     */
    public Money stock(boolean includesTax) {
        return includesTax ? gross() : net;
    }
}
