package io.xinling.domain.promotion.rule;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class AmountsProperties {

    @Property
    void yuanIsTheAmountWithTwoDecimals(@ForAll long minor) {
        assertThat(Amounts.yuan(minor)).isEqualTo(BigDecimal.valueOf(minor, 2).toPlainString());
    }

    @Example
    void yuanOfSmallAndEdgeAmounts() {
        assertThat(Amounts.yuan(0)).isEqualTo("0.00");
        assertThat(Amounts.yuan(5)).isEqualTo("0.05");
        assertThat(Amounts.yuan(-5)).isEqualTo("-0.05");
        assertThat(Amounts.yuan(1230)).isEqualTo("12.30");
        assertThat(Amounts.yuan(-100)).isEqualTo("-1.00");
        assertThat(Amounts.yuan(Long.MAX_VALUE)).isEqualTo("92233720368547758.07");
        assertThat(Amounts.yuan(Long.MIN_VALUE)).isEqualTo("-92233720368547758.08");
    }

    @Property
    void twoAmountsInOneLabelReadAsEachFormattedAlone(@ForAll long a, @ForAll long b) {
        assertThat(Amounts.yuan("可用商品金额", a, "元，还差", b, "元"))
                .isEqualTo("可用商品金额" + BigDecimal.valueOf(a, 2).toPlainString() + "元，还差"
                        + BigDecimal.valueOf(b, 2).toPlainString() + "元");
    }

    @Property
    void aBenefitDescribesItselfWhateverWasDescribedBefore(@ForAll ItemBenefit.Kind kind,
                                                           @ForAll @net.jqwik.api.constraints.LongRange(min = 0, max = 10_000) long first,
                                                           @ForAll @net.jqwik.api.constraints.LongRange(min = 0, max = 10_000) long second) {
        // the texts are kept in a table shared by every benefit: one described before must not answer for another
        new ItemBenefit(kind, first).describe();
        ItemBenefit b = new ItemBenefit(kind, second);
        String expected = switch (kind) {
            case PRICE -> "price " + BigDecimal.valueOf(second, 2).toPlainString();
            case PAY_RATE -> "pay " + second + "bp";
            case AMOUNT_OFF -> "off " + BigDecimal.valueOf(second, 2).toPlainString() + "/unit";
        };
        assertThat(b.describe()).isEqualTo(expected);
        assertThat(b.describe()).isEqualTo(expected);
    }
}
