package io.xinling.domain.trade;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.pricing.ExchangeRate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** I-19 over generated documents: inclusive and exclusive entry, every VAT rate, line and order discounts. */
class LineAmountsProperties {

    @Property
    void i19_net_plus_tax_is_gross_on_every_line_and_in_the_totals(@ForAll("lines") List<LineInput> lines,
                                                                    @ForAll("entries") PriceEntry entry,
                                                                    @ForAll("shares") int share) {
        DocumentAmounts doc = calculate(lines, entry, share);
        Money net = Money.cny(0);
        Money tax = Money.cny(0);
        for (LineAmounts line : doc.lines()) {
            assertThat(line.net().plus(line.tax())).isEqualTo(line.gross());
            net = net.plus(line.net());
            tax = tax.plus(line.tax());
        }
        assertThat(doc.net()).isEqualTo(net);
        assertThat(doc.tax()).isEqualTo(tax);
        assertThat(doc.net().plus(doc.tax())).isEqualTo(doc.gross());
        assertThat(doc.bookNet().plus(doc.bookTax())).isEqualTo(doc.bookGross());
    }

    @Property
    void i19_each_line_follows_its_entry_rule(@ForAll("lines") List<LineInput> lines,
                                              @ForAll("entries") PriceEntry entry, @ForAll("shares") int share) {
        DocumentAmounts doc = calculate(lines, entry, share);
        for (int i = 0; i < lines.size(); i++) {
            LineAmounts line = doc.lines().get(i);
            BigDecimal r = lines.get(i).taxRate().rate().fraction();
            if (entry == PriceEntry.TAX_EXCLUSIVE) {
                assertThat(line.tax().toDecimal()).isEqualByComparingTo(
                        line.net().toDecimal().multiply(r).setScale(2, RoundingMode.HALF_UP));
            } else {
                assertThat(line.net().toDecimal()).isEqualByComparingTo(
                        line.gross().toDecimal().divide(BigDecimal.ONE.add(r), 2, RoundingMode.HALF_UP));
            }
        }
    }

    @Property
    void the_order_discount_allocation_sums_to_the_whole_and_gifts_stay_free(@ForAll("lines") List<LineInput> lines,
                                                                             @ForAll("entries") PriceEntry entry,
                                                                             @ForAll("shares") int share) {
        DocumentAmounts doc = calculate(lines, entry, share);
        Money allocated = Money.cny(0);
        Money entered = Money.cny(0);
        for (int i = 0; i < lines.size(); i++) {
            LineAmounts line = doc.lines().get(i);
            allocated = allocated.plus(line.orderDiscount());
            entered = entered.plus(line.amount()).minus(line.lineDiscount());
            assertThat(line.orderDiscount().isNegative()).isFalse();
            if (lines.get(i).gift()) {
                assertThat(line.gross().isZero() && line.orderDiscount().isZero()).isTrue();
            }
        }
        assertThat(allocated).isEqualTo(orderDiscount(lines, share));
        Money documentEntered = entry == PriceEntry.TAX_INCLUSIVE ? doc.gross() : doc.net();
        assertThat(documentEntered).isEqualTo(entered.minus(allocated));
    }

    private static DocumentAmounts calculate(List<LineInput> lines, PriceEntry entry, int share) {
        return LineCalculator.calculate(ExchangeRate.CNY, entry, lines, orderDiscount(lines, share)).get();
    }

    /** {@code share} basis points of what the lines total after their own discounts. */
    private static Money orderDiscount(List<LineInput> lines, int share) {
        Money total = LineCalculator.calculate(ExchangeRate.CNY, PriceEntry.TAX_EXCLUSIVE, lines, Money.cny(0)).get().net();
        return total.times(BigDecimal.valueOf(share, 4), RoundingMode.DOWN);
    }

    @Provide
    Arbitrary<List<LineInput>> lines() {
        return TradeArbitraries.lines();
    }

    @Provide
    Arbitrary<PriceEntry> entries() {
        return TradeArbitraries.entries();
    }

    @Provide
    Arbitrary<Integer> shares() {
        return TradeArbitraries.orderDiscountShares();
    }
}
