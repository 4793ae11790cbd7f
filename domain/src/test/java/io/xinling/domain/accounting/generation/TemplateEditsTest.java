package io.xinling.domain.accounting.generation;

import io.vavr.control.Either;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.ChartOfAccounts;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.SmallEnterpriseChart;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.kernel.Money;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Spec 3.4: a tenant books template lines to accounts of its own, of a compatible kind, as new versions. */
class TemplateEditsTest {

    private static final ChartOfAccounts CHART = chart();

    private static ChartOfAccounts chart() {
        ChartOfAccounts chart = ChartOfAccounts.of(SmallEnterpriseChart.accounts());
        chart = chart.with(chart.newSubAccount(AccountCode.of("505101"), "门店收入", Set.of()).get());
        chart = chart.with(chart.newSubAccount(AccountCode.of("505102"), "项目收入", Set.of(Dimension.PROJECT)).get());
        return chart;
    }

    private static TemplateView builtIn(String id) {
        return TemplateCatalog.find(id).orElseThrow();
    }

    private static List<Optional<String>> accounts(int size, int line, String account) {
        List<Optional<String>> out = new ArrayList<>(Collections.nCopies(size, Optional.empty()));
        out.set(line, Optional.of(account));
        return out;
    }

    private static Either<AccountingError, TemplateRevision> edit(String id, int line, String account) {
        TemplateView t = builtIn(id);
        return TemplateEdits.edit(t, t, CHART, Optional.empty(), accounts(t.lines().size(), line, account));
    }

    private static String refusal(Either<AccountingError, TemplateRevision> result) {
        assertThat(result.isLeft()).as("refused").isTrue();
        return result.getLeft().message();
    }

    @Test
    void the_revenue_line_moves_to_a_revenue_leaf_as_the_next_version_and_the_voucher_books_there() {
        TemplateRevision r = edit("trade.sales-delivery", 1, "505101").get();
        assertThat(r.version()).isEqualTo(2);
        assertThat(r.accounts()).extracting(AccountCode::value).containsExactly("1122", "505101", "22210102", "5401", "1405");

        PostingTemplate revised = TenantTemplates.of(List.of(r)).current(TradeTemplates.of("sales-delivery").orElseThrow());
        assertThat(revised.version()).isEqualTo(2);
        List<VoucherLine> lines = revised.lines(new PostingFacts(DimensionValues.of(Dimension.CUSTOMER, "7"),
                Money.cny(10_000), Money.cny(1_300), Money.cny(11_300), List.of()), "sales-delivery #1");
        assertThat(lines).extracting(l -> l.account().value()).containsExactly("1122", "505101", "22210102");
    }

    @Test
    void an_account_of_another_kind_a_parent_an_unknown_code_or_a_fixed_line_is_refused_naming_the_line() {
        assertThat(refusal(edit("trade.sales-delivery", 0, "5001"))).startsWith("lines[0].account: 5001 is not of the kind");
        assertThat(refusal(edit("trade.sales-delivery", 1, "5401"))).startsWith("lines[1].account: 5401 is not of the kind");
        assertThat(refusal(edit("trade.sales-delivery", 1, "5051"))).contains("has sub-accounts");
        assertThat(refusal(edit("trade.sales-delivery", 1, "509999"))).contains("is not in the chart");
        assertThat(refusal(edit("trade.sales-delivery", 1, "12"))).startsWith("lines[1].account");
        assertThat(refusal(edit("trade.sales-delivery", 4, "1403"))).startsWith("lines[4].account: this line always books to 1405");
        assertThat(refusal(edit("inventory.transfer", 1, "122101"))).startsWith("lines[1].account: this line always");
    }

    @Test
    void a_control_account_stays_in_its_control_vat_stays_on_its_column_and_dimensions_must_fit() {
        assertThat(refusal(edit("trade.purchase-receipt", 2, "2231"))).contains("outside the payables control");
        assertThat(refusal(edit("trade.sales-delivery", 2, "222102"))).contains("the VAT return reads that account");
        assertThat(refusal(edit("trade.sales-delivery", 1, "505102"))).contains("requires the dimensions project");
        assertThat(refusal(edit("inventory.issue.other", 1, "5602"))).contains("has sub-accounts");
        // stock stays within the stock control: 1403 原材料 carries item, warehouse and branch like 1405
        assertThat(edit("inventory.receipt.other", 0, "1403").get().accounts().get(0).value()).isEqualTo("1403");
        assertThat(refusal(edit("inventory.receipt.other", 0, "1411"))).contains("outside the stock control");
    }

    @Test
    void templates_that_book_only_settlements_or_deltas_are_not_editable_and_the_lines_and_summary_are_checked() {
        TemplateView settlement = builtIn("inventory.settlement");
        assertThat(TemplateEdits.edit(settlement, settlement, CHART, Optional.of("x"), List.of(Optional.empty(),
                Optional.empty())).getLeft()).isInstanceOf(AccountingError.TemplateNotEditable.class);
        TemplateView sale = builtIn("trade.sales-delivery");
        assertThat(TemplateEdits.edit(sale, sale, CHART, Optional.empty(), List.of(Optional.empty())).getLeft().message())
                .startsWith("lines: ");
        assertThat(TemplateEdits.edit(sale, sale, CHART, Optional.of(" "), accounts(5, 0, "1122")).getLeft().message())
                .startsWith("summary: ");
        TemplateRevision renamed = TemplateEdits.edit(sale, sale, CHART, Optional.of(" 批发出库 "), accounts(5, 0, "1122")).get();
        assertThat(renamed.summary()).isEqualTo("批发出库");
        assertThat(renamed.accounts()).extracting(AccountCode::value).containsExactly("1122", "5001", "22210102", "5401", "1405");
    }

    @Test
    void versions_follow_each_other_a_reset_returns_to_the_built_in_and_old_versions_stay_readable() {
        TemplateView builtIn = builtIn("inventory.issue.other");
        assertThat(builtIn.version()).isEqualTo(2);
        TemplateRevision v3 = TemplateEdits.edit(builtIn, builtIn, CHART, Optional.empty(), accounts(2, 1, "571106")).get();
        TenantTemplates edited = TenantTemplates.of(List.of(v3));
        TemplateView current = edited.current(builtIn);
        assertThat(current.version()).isEqualTo(3);
        assertThat(current.builtIn()).isFalse();
        assertThat(current.lines().get(1).account()).isEqualTo("571106");

        TemplateRevision v4 = TemplateEdits.reset(builtIn, current).orElseThrow();
        assertThat(v4.version()).isEqualTo(4);
        assertThat(v4.builtIn()).isTrue();
        TenantTemplates reset = TenantTemplates.of(List.of(v4, v3));
        assertThat(TemplateEdits.reset(builtIn, reset.current(builtIn))).isEmpty();
        assertThat(reset.versions(builtIn)).extracting(TemplateView::version).containsExactly(2L, 3L, 4L);
        assertThat(reset.accounts()).contains(AccountCode.of("571106"));

        InventoryTemplate issue = InventoryTemplates.of("issue", Optional.of("other"));
        assertThat(reset.at(issue, 3).offset()).contains(AccountCode.of("571106"));
        assertThat(reset.at(issue, 3).version()).isEqualTo(3);
        assertThat(reset.at(issue, 2)).isSameAs(issue);
        assertThat(reset.current(issue).offset()).contains(AccountCode.of("571199"));
        assertThat(reset.current(issue).version()).isEqualTo(4);
        assertThat(TenantTemplates.BUILT_IN.current(issue)).isSameAs(issue);
    }
}
