package io.xinling.domain.accounting;

import io.xinling.domain.accounting.generation.TemplateAccounts;
import io.xinling.domain.accounting.report.SmallEnterpriseReports;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SmallEnterpriseChartTest {

    private static final ChartOfAccounts CHART = SmallEnterpriseChart.chart();

    @Test
    void the_chart_has_the_standard_codes_with_their_directions() {
        assertThat(CHART.find(AccountCode.of("5403")).get().name()).isEqualTo("税金及附加");
        assertThat(CHART.find(AccountCode.of("1602")).get().direction()).isEqualTo(Direction.CREDIT);
        assertThat(CHART.find(AccountCode.of("5001")).get().direction()).isEqualTo(Direction.CREDIT);
        assertThat(CHART.find(AccountCode.of("5401")).get().direction()).isEqualTo(Direction.DEBIT);
        assertThat(CHART.find(AccountCode.of("22210101")).get().direction()).isEqualTo(Direction.DEBIT);
        assertThat(CHART.find(AccountCode.of("22210102")).get().direction()).isEqualTo(Direction.CREDIT);
        assertThat(CHART.find(AccountCode.of("3103")).get().type()).isEqualTo(AccountType.EQUITY);
        assertThat(CHART.isLeaf(AccountCode.of("2221"))).isFalse();
        assertThat(CHART.isLeaf(AccountCode.of("222102"))).isTrue();
    }

    @Test
    void required_dimensions_follow_3_3_and_sub_accounts_inherit_them() {
        assertThat(CHART.find(AccountCode.of("1122")).get().requiredDimensions()).containsExactly(Dimension.CUSTOMER);
        assertThat(CHART.find(AccountCode.of("220302")).get().requiredDimensions()).containsExactly(Dimension.MEMBER);
        assertThat(CHART.find(AccountCode.of("560203")).get().requiredDimensions()).containsExactly(Dimension.DEPARTMENT);
        assertThat(CHART.find(AccountCode.of("122102")).get().requiredDimensions()).containsExactly(Dimension.BRANCH);
        Account sub = CHART.newSubAccount(AccountCode.of("112201"), "大客户", Set.of(Dimension.PROJECT)).get();
        assertThat(sub.requiredDimensions()).containsExactlyInAnyOrder(Dimension.CUSTOMER, Dimension.PROJECT);
        assertThat(sub.direction()).isEqualTo(Direction.DEBIT);
        assertThat(CHART.newSubAccount(AccountCode.of("990101"), "x", Set.of()).getLeft().code()).isEqualTo("accounting.invalid-field");
        assertThat(CHART.newSubAccount(AccountCode.of("5001"), "x", Set.of()).getLeft().code()).isEqualTo("accounting.account-conflict");
    }

    /** So that 资产总计 = 负债和所有者权益总计 (I-22), every balance-sheet account appears in a balance-sheet formula. */
    @Test
    void every_account_outside_profit_and_loss_is_on_the_balance_sheet() {
        String formulas = String.join(" ", SmallEnterpriseReports.BALANCE_SHEET.lines());
        for (Account account : CHART.accounts()) {
            if (account.code().level() == 1 && !account.isProfitAndLoss()) {
                assertThat(formulas).as(account.code().value()).containsPattern("[+-]" + account.code().value() + "\\b");
            }
        }
    }

    @Test
    void the_income_statement_details_are_leaves_below_5301_5403_and_5711_with_their_parents_direction() {
        assertThat(CHART.isLeaf(AccountCode.of("5403"))).isFalse();
        assertThat(CHART.find(AccountCode.of("530101")).get().direction()).isEqualTo(Direction.CREDIT);
        assertThat(CHART.find(AccountCode.of("540303")).get().name()).isEqualTo("城市维护建设税");
        assertThat(CHART.find(AccountCode.of("571105")).get().name()).isEqualTo("税收滞纳金");
        for (String code : List.of("530199", "540303", "540310", "540311", "540399", "571199")) {
            assertThat(CHART.isLeaf(AccountCode.of(code))).as(code).isTrue();
            assertThat(CHART.postingAccount(AccountCode.of(code))).isEqualTo(AccountCode.of(code));
        }
    }

    /** Books opened before the details, whose 5301 / 5403 / 5711 stayed leaves: a template's detail books to the parent. */
    @Test
    void a_chart_without_a_detail_posts_it_to_the_nearest_account_it_has() {
        ChartOfAccounts old = ChartOfAccounts.of(CHART.accounts().stream()
                .filter(a -> !(a.code().level() > 1 && a.code().value().startsWith("5403"))).toList());
        assertThat(old.postingAccount(AccountCode.of("540303"))).isEqualTo(AccountCode.of("5403"));
        assertThat(old.postingAccount(AccountCode.of("530199"))).isEqualTo(AccountCode.of("530199"));
        assertThat(old.postingAccount(AccountCode.of("99990101"))).isEqualTo(AccountCode.of("99990101"));
        List<VoucherLine> lines = List.of(VoucherLine.debit("s", AccountCode.of("540310"), DimensionValues.NONE,
                io.xinling.domain.kernel.Money.cny("1.00")), VoucherLine.credit("s", AccountCode.of("222104"),
                DimensionValues.NONE, io.xinling.domain.kernel.Money.cny("1.00")));
        assertThat(TemplateAccounts.resolved(old, lines)).extracting(VoucherLine::account)
                .containsExactly(AccountCode.of("5403"), AccountCode.of("222104"));
        assertThat(TemplateAccounts.resolved(CHART, lines)).isSameAs(lines);
        List<VoucherLine> unknown = List.of(VoucherLine.debit("s", AccountCode.of("112199"), DimensionValues.NONE,
                io.xinling.domain.kernel.Money.cny("1.00")));
        assertThat(TemplateAccounts.resolved(old, unknown)).as("only the template details fall back").isSameAs(unknown);
        assertThat(TemplateAccounts.blocksSubAccountsOf(old, AccountCode.of("5403"))).isTrue();
        assertThat(TemplateAccounts.blocksSubAccountsOf(CHART, AccountCode.of("5403"))).isFalse();
        assertThat(TemplateAccounts.blocksSubAccountsOf(CHART, AccountCode.of("540303"))).isTrue();
        assertThat(TemplateAccounts.blocksSubAccountsOf(CHART, AccountCode.of("540301"))).isFalse();
    }
}
