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
}
