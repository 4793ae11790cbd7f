package io.xinling.persistence.accounting;

import io.xinling.application.accounting.AccountingServices;
import io.xinling.application.accounting.ChartUseCase.AddSubAccountCommand;
import io.xinling.application.accounting.HistoryRunner;
import io.xinling.application.accounting.PostGeneratedVouchersUseCase.GeneratedVoucher;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.Provenance;
import io.xinling.domain.accounting.VoucherHash;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.kernel.Money;
import io.xinling.persistence.common.JooqTransactor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Posting reuses the chart it read while the books' chart version holds; a change on another node shows at once. */
class ChartVersionTest {

    @Test
    void a_chart_change_on_another_node_is_seen_by_the_next_posting() {
        AccountingFixture f = new AccountingFixture();
        AccountingServices otherNode = new AccountingServices(new JooqTransactor(f.dsl), new JooqBooksRepository(f.dsl),
                new JooqVoucherRepository(f.dsl), new JooqLedgerRepository(f.dsl), HistoryRunner.CLOCK);
        assertThat(post(f.services, f, "112199", 1).getLeft().code()).isEqualTo("accounting.unknown-account");
        assertThat(post(f.services, f, "1001", 2).isRight()).isTrue();

        // (1121: a leaf no voucher template posts to, so a sub-account may go under it)
        otherNode.chart().addSubAccount(new AddSubAccountCommand(f.tenant.id(), "112199", "银行承兑汇票", List.of())).get();

        assertThat(post(f.services, f, "1121", 3).getLeft().code()).isEqualTo("accounting.account-not-leaf");
        assertThat(post(f.services, f, "112199", 4).isRight()).isTrue();
    }

    @Test
    void any_statement_on_accounts_gives_the_books_a_new_chart_version() {
        AccountingFixture f = new AccountingFixture();
        f.services.chart().chart(f.tenant.id());
        long seeded = version(f);
        f.dsl.execute("update accounts set name = name || '.' where tenant_id = ? and code = '1001'", f.tenant.id().value());
        long renamed = version(f);
        f.dsl.execute("insert into accounts (tenant_id, code, name, account_type, direction, required_dimensions) "
                + "select tenant_id, '100101', 'x', account_type, direction, required_dimensions from accounts "
                + "where tenant_id = ? and code = '1001'", f.tenant.id().value());
        long added = version(f);
        f.dsl.execute("delete from accounts where tenant_id = ? and code = '100101'", f.tenant.id().value());
        long removed = version(f);
        assertThat(List.of(seeded, renamed, added, removed)).doesNotHaveDuplicates();
        assertThat(post(f.services, f, "1001", 5).isRight()).isTrue();
    }

    private static long version(AccountingFixture f) {
        return f.services.chart().settings(f.tenant.id()).chartVersion();
    }

    private static io.vavr.control.Either<io.xinling.domain.accounting.AccountingError, ?> post(AccountingServices services,
                                                                                                AccountingFixture f, String debit, int n) {
        List<VoucherLine> lines = List.of(
                VoucherLine.debit("chart " + n, AccountCode.of(debit), DimensionValues.NONE, Money.cny(100)),
                VoucherLine.credit("chart " + n, AccountCode.of("3001"), DimensionValues.NONE, Money.cny(100)));
        GeneratedVoucher g = new GeneratedVoucher(VoucherWord.JI, LocalDate.of(2026, 5, 1), 0, lines,
                new Provenance("test", "chart-" + n, 1, "t", 1, 0, VoucherHash.of(lines)));
        return services.generated().postGenerated(f.tenant.id(), f.preparer, List.of(g));
    }
}
