package io.xinling.persistence.accounting;

import io.xinling.application.accounting.AccountingServices;
import io.xinling.application.accounting.HistoryRunner;
import io.xinling.application.accounting.PostGeneratedVouchersUseCase.GeneratedVoucher;
import io.xinling.application.accounting.VoucherTemplatesUseCase.EditTemplateCommand;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.Provenance;
import io.xinling.domain.accounting.VoucherHash;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.accounting.generation.TemplateRevision;
import io.xinling.domain.kernel.Money;
import io.xinling.persistence.common.JooqTransactor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** V121: a tenant's template revisions in PostgreSQL, the books' templates version, the lookup of a voucher's version. */
class TemplateRevisionsTest {

    private static final String ISSUE_OTHER = "inventory.issue.other";

    @Test
    void an_edit_is_stored_as_a_revision_gives_the_books_a_new_templates_version_and_another_node_sees_it() {
        AccountingFixture f = new AccountingFixture();
        AccountingServices otherNode = new AccountingServices(new JooqTransactor(f.dsl), new JooqBooksRepository(f.dsl),
                new JooqVoucherRepository(f.dsl), new JooqLedgerRepository(f.dsl), HistoryRunner.CLOCK);
        assertThat(otherNode.templates().find(f.tenant.id(), ISSUE_OTHER).get().version()).isEqualTo(2);
        assertThat(f.services.chart().settings(f.tenant.id()).templatesVersion()).isZero();

        f.services.templates().edit(edit(f, "571106")).get();
        long first = f.services.chart().settings(f.tenant.id()).templatesVersion();
        assertThat(first).isPositive();
        assertThat(f.books.templateRevisions(f.tenant.id())).containsExactly(new TemplateRevision(ISSUE_OTHER, 3, false,
                "其他出库", List.of(AccountCode.of("1405"), AccountCode.of("571106"))));
        // the other node kept the built-in set under version 0: the books' new version makes it read again
        assertThat(otherNode.templates().find(f.tenant.id(), ISSUE_OTHER).get().lines().get(1).account()).isEqualTo("571106");

        otherNode.templates().reset(f.tenant.id(), f.preparer, ISSUE_OTHER).get();
        long second = f.services.chart().settings(f.tenant.id()).templatesVersion();
        assertThat(second).isNotEqualTo(first).isPositive();
        assertThat(f.services.templates().find(f.tenant.id(), ISSUE_OTHER).get().version()).isEqualTo(4);
        assertThat(f.services.templates().versions(f.tenant.id(), ISSUE_OTHER).get()).hasSize(3);
    }

    @Test
    void a_refused_edit_writes_nothing() {
        AccountingFixture f = new AccountingFixture();
        assertThat(f.services.templates().edit(edit(f, "5001")).getLeft().message()).startsWith("lines[1].account");
        assertThat(f.books.templateRevisions(f.tenant.id())).isEmpty();
        assertThat(f.services.chart().settings(f.tenant.id()).templatesVersion()).isZero();
    }

    @Test
    void the_version_of_a_sources_first_voucher_is_found_posted_or_pending() {
        AccountingFixture f = new AccountingFixture();
        JooqGenerationRepository generation = new JooqGenerationRepository(f.dsl);
        f.services.chart().chart(f.tenant.id());
        f.services.generated().postGenerated(f.tenant.id(), f.preparer, List.of(
                voucher("77", 1, 0, 3), voucher("77", 2, 0, 9), voucher("770", 1, 0, 6))).get();
        generation.addPending(f.tenant.id(), List.of(voucher("78", 1, 0, 5), voucher("78", 1, 4, 8)));

        Map<String, Long> found = generation.templateVersions(f.tenant.id(), "inventory-document", List.of("77", "78", "79"));
        assertThat(found).isEqualTo(Map.of("77", 3L, "78", 5L));
        assertThat(generation.templateVersions(f.tenant.id(), "inventory-recost", List.of("77"))).isEmpty();
    }

    private static EditTemplateCommand edit(AccountingFixture f, String offset) {
        return new EditTemplateCommand(f.tenant.id(), f.preparer, ISSUE_OTHER, Optional.empty(),
                List.of(Optional.empty(), Optional.of(offset)));
    }

    private static GeneratedVoucher voucher(String source, long sourceVersion, long costVersion, long templateVersion) {
        List<VoucherLine> lines = List.of(
                VoucherLine.debit("t", AccountCode.of("571199"), DimensionValues.NONE, Money.cny(100)),
                VoucherLine.credit("t", AccountCode.of("1001"), DimensionValues.NONE, Money.cny(100)));
        return new GeneratedVoucher(VoucherWord.JI, LocalDate.of(2026, 5, 1), 0, lines, new Provenance("inventory-document",
                source, sourceVersion, ISSUE_OTHER, templateVersion, costVersion, VoucherHash.of(lines)));
    }
}
