package io.xinling.persistence.accounting;

import io.xinling.application.accounting.PostGeneratedVouchersUseCase.GeneratedVoucher;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.ForeignAmount;
import io.xinling.domain.accounting.Provenance;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherHash;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.kernel.Money;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static io.xinling.persistence.jooq.Tables.ACCOUNT_BALANCES;
import static io.xinling.persistence.jooq.Tables.VOUCHERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The batch posting path's reads and writes: lines written by COPY, lookups by source through the generation keys, the
 * preparer's check (V73).
 */
class PostingWritesTest {

    private static GeneratedVoucher generated(String sourceType, String sourceId, long amount) {
        List<VoucherLine> lines = List.of(VoucherLine.debit("s", AccountCode.of("1001"), DimensionValues.NONE, Money.cny(amount)),
                VoucherLine.credit("s", AccountCode.of("5001"), DimensionValues.NONE, Money.cny(amount)));
        return new GeneratedVoucher(VoucherWord.JI, LocalDate.of(2026, 3, 4), 0, lines,
                new Provenance(sourceType, sourceId, 1, "t", 1, 0, VoucherHash.of(lines)));
    }

    @Test
    void a_source_finds_its_vouchers_and_none_of_another_source_whose_keys_share_its_prefix() {
        AccountingFixture f = new AccountingFixture();
        // keys a|b|c|1|0|1, a|b|1|0|1 and a|bc|1|0|1 (source types never hold '|'): source b's key range holds b|c's key
        f.services.generated().postGenerated(f.tenant.id(), f.preparer, List.of(generated("a", "b|c", 100),
                generated("a", "b", 300), generated("a", "bc", 400)));
        JooqGenerationRepository generation = new JooqGenerationRepository(f.dsl);
        assertThat(generation.linesBySource(f.tenant.id(), "a", "b|c")).extracting(l -> l.debit().minor() + l.credit().minor())
                .containsExactly(100L, 100L);
        assertThat(generation.linesBySource(f.tenant.id(), "a", "b")).extracting(l -> l.debit().minor() + l.credit().minor())
                .containsExactly(300L, 300L);
        assertThat(generation.linesBySource(f.tenant.id(), "a", "")).isEmpty();
        // the unique index of generation keys answers the range (V73 dropped the index by source), no scan of all vouchers
        String plan = f.dsl.transactionResult(c -> {
            c.dsl().execute("set local enable_seqscan = off");
            return c.dsl().fetch("explain select 1 from vouchers where tenant_id = ? and generation_key >= ? and "
                    + "generation_key < ?", f.tenant.id().value(), "a|b|", "a|b}").format();
        });
        assertThat(plan).contains("vouchers_generation_key_unique").contains("generation_key >=");
    }

    @Test
    void the_lines_of_an_account_and_its_sub_accounts_are_found_through_the_index_by_account() {
        AccountingFixture f = new AccountingFixture();
        // the detail ledger's prefix LIKE (jOOQ's startsWith) becomes a range of the index only in byte order (V74)
        String plan = f.dsl.transactionResult(c -> {
            c.dsl().execute("set local enable_seqscan = off");
            // ordered by account as the detail ledger reads: with a tenant's handful of lines the primary key filtered
            // costs about the same, and the planner took either, as the table's statistics went
            return c.dsl().fetch("explain select 1 from voucher_lines where tenant_id = ? and account_code like ('1122' || '%') "
                    + "escape '!' order by account_code", f.tenant.id().value()).format();
        });
        assertThat(plan).contains("voucher_lines_by_account").contains("account_code >= '1122'");
    }

    @Test
    void vouchers_whose_preparer_is_no_user_of_their_tenant_are_refused_whole_one_or_many() {
        AccountingFixture f = new AccountingFixture();
        AccountingFixture other = new AccountingFixture();
        for (int count : new int[] {1, BulkInsert.FEW + 1}) {
            List<GeneratedVoucher> batch = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                batch.add(generated("doc", count + "-" + i, 100 + i));
            }
            assertThatThrownBy(() -> f.services.generated().postGenerated(f.tenant.id(), other.preparer, batch))
                    .isInstanceOf(DataAccessException.class).rootCause()
                    .hasMessageContaining("preparer must be a user of its tenant");
        }
        assertThat(f.dsl.fetchCount(VOUCHERS, VOUCHERS.TENANT_ID.eq(f.tenant.id().value()))).isZero();
        assertThat(f.dsl.fetchCount(ACCOUNT_BALANCES, ACCOUNT_BALANCES.TENANT_ID.eq(f.tenant.id().value()))).isZero();
        assertThat(f.services.generated().postGenerated(f.tenant.id(), f.preparer, List.of(generated("doc", "ok", 5))).isRight()).isTrue();
        assertThatThrownBy(() -> f.dsl.update(VOUCHERS).set(VOUCHERS.PREPARER_ID, other.preparer.value())
                .where(VOUCHERS.TENANT_ID.eq(f.tenant.id().value())).execute()).isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("preparer must be a user of its tenant");
        assertThat(f.dsl.update(VOUCHERS).set(VOUCHERS.PREPARER_ID, f.reviewer.value())
                .where(VOUCHERS.TENANT_ID.eq(f.tenant.id().value())).execute()).isEqualTo(1);
    }

    @Test
    void lines_keep_summaries_and_dimensions_with_tabs_newlines_and_backslashes() {
        AccountingFixture f = new AccountingFixture();
        String odd = "a\tb\\c\nd\re \"q\" 销售";
        List<VoucherLine> lines = List.of(
                VoucherLine.debit(odd, AccountCode.of("1122"), DimensionValues.of(Dimension.CUSTOMER, "C\t\\\"1\n"), Money.cny(500)),
                VoucherLine.credit("\\N", AccountCode.of("5001"), DimensionValues.NONE, Money.cny(500)));
        GeneratedVoucher g = new GeneratedVoucher(VoucherWord.JI, LocalDate.of(2026, 3, 4), 0, lines,
                new Provenance("test", "odd", 1, "t", 1, 0, VoucherHash.of(lines)));
        Voucher posted = f.services.generated().postGenerated(f.tenant.id(), f.preparer, List.of(g)).get().get(0);
        Voucher read = f.vouchers.find(f.tenant.id(), posted.id()).orElseThrow();
        assertThat(new ArrayList<>(read.lines())).isEqualTo(lines);
        assertThat(read.lines().get(0).summary()).isEqualTo(odd.strip());
        assertThat(f.ledger.entries(f.tenant.id(), AccountCode.of("1122"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                DimensionValues.of(Dimension.CUSTOMER, "C\t\\\"1\n"))).hasSize(1);
    }

    @Test
    void a_batch_written_by_copy_reads_back_as_posted_texts_dimensions_foreign_amounts_and_provenance_included() {
        AccountingFixture f = new AccountingFixture();
        String odd = "a\tb\\c\nd\re \"q\" 销售";
        BigDecimal[] rates = {new BigDecimal("7.123456"), new BigDecimal("0.000001"), new BigDecimal("10"),
            new BigDecimal("123456789012.5"), new BigDecimal("6.5"), new BigDecimal("10000.0001")};
        List<GeneratedVoucher> batch = new ArrayList<>();
        for (int i = 0; i < BulkInsert.FEW + 1; i++) {
            BigDecimal rate = rates[i % rates.length];
            Money cny = Money.cny(100 + i);
            List<VoucherLine> lines = List.of(
                    new VoucherLine(odd + i, AccountCode.of("1002"), DimensionValues.NONE, cny, Money.zero(Money.CNY),
                            Optional.of(new ForeignAmount(Money.of(-(17 + i), Currency.getInstance("USD")), rate))),
                    VoucherLine.debit("\\N", AccountCode.of("1122"), DimensionValues.of(Dimension.CUSTOMER, "C\t\\\"1\n" + i),
                            Money.cny(-7)),
                    VoucherLine.credit("", AccountCode.of("5001"), DimensionValues.NONE, Money.cny(100 + i - 7)));
            batch.add(new GeneratedVoucher(VoucherWord.JI, LocalDate.of(2026, 1, 1).plusDays(37L * i), i, lines,
                    new Provenance("test", "copy-" + i, i, "tpl-销售", 2L * i, 3L * i, VoucherHash.of(lines))));
        }
        List<Voucher> posted = f.services.generated().postGenerated(f.tenant.id(), f.preparer, batch).get();
        for (int i = 0; i < batch.size(); i++) {
            Voucher read = f.vouchers.find(f.tenant.id(), posted.get(i).id()).orElseThrow();
            assertThat(read).usingRecursiveComparison().isEqualTo(posted.get(i));
            assertThat(read.date()).isEqualTo(LocalDate.of(2026, 1, 1).plusDays(37L * i));
            assertThat(read.lines().get(0).foreign().orElseThrow().rate()).isEqualByComparingTo(rates[i % rates.length]);
            assertThat(read.lines().get(0).summary()).isEqualTo(odd + i);
        }
        assertThat(f.dsl.fetchOne("select sum(fc_minor) from voucher_lines where tenant_id = ?", f.tenant.id().value())
                .get(0, BigDecimal.class))
                .isEqualByComparingTo(BigDecimal.valueOf(-(17 * 17 + 16 * 17 / 2)));
    }
}
