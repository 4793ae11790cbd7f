package io.xinling.domain.accounting;

import io.xinling.domain.kernel.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VoucherRulesTest {

    private static final ChartOfAccounts CHART = SmallEnterpriseChart.chart();

    private static VoucherLine dr(String account, String amount) {
        return VoucherLine.debit("", AccountCode.of(account), DimensionValues.NONE, Money.cny(amount));
    }

    private static VoucherLine cr(String account, String amount) {
        return VoucherLine.credit("", AccountCode.of(account), DimensionValues.NONE, Money.cny(amount));
    }

    @Test
    void a_balanced_voucher_on_leaf_accounts_passes_and_red_ink_is_allowed() {
        assertThat(VoucherRules.check(CHART, List.of(dr("1002", "100.00"), cr("3001", "100.00"))).isRight()).isTrue();
        assertThat(VoucherRules.check(CHART, List.of(dr("5401", "-18.00"), cr("1002", "-18.00"))).isRight()).isTrue();
    }

    @Test
    void each_refusal_names_its_rule() {
        assertThat(VoucherRules.check(CHART, List.of(dr("1002", "100.00"), cr("3001", "99.00"))).getLeft().code())
                .isEqualTo("accounting.voucher-unbalanced");
        assertThat(VoucherRules.check(CHART, List.of(dr("1002", "1.00"), dr("1002", "-1.00"))).getLeft().code())
                .isEqualTo("accounting.voucher-empty");
        assertThat(VoucherRules.check(CHART, List.of(dr("2221", "1.00"), cr("3001", "1.00"))).getLeft().code())
                .isEqualTo("accounting.account-not-leaf");
        assertThat(VoucherRules.check(CHART, List.of(dr("1122", "1.00"), cr("5001", "1.00"))).getLeft().code())
                .isEqualTo("accounting.missing-dimension");
        assertThat(VoucherRules.check(CHART, List.of(dr("1002", "100000000000.01"), cr("3001", "100000000000.01"))).getLeft().code())
                .isEqualTo("accounting.invalid-field");
    }
}
