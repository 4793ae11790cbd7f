package io.xinling.persistence.accounting;

import io.xinling.application.accounting.PostGeneratedVouchersUseCase.GeneratedVoucher;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.Provenance;
import io.xinling.domain.accounting.TrialBalance;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherHash;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.kernel.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code PostGeneratedVouchersUseCase} on PostgreSQL: idempotent per generation key, numbered in blocks, batch speed. */
class GeneratedVouchersTest {

    /** A sale: Dr 1122 [customer] 113 / Cr 5001 100, Cr 22210102 13; plus its cost Dr 5401 / Cr 1405 [item]. */
    static GeneratedVoucher sale(int n, LocalDate date, long version) {
        Money gross = Money.cny(11_300 + n % 1000);
        Money tax = Money.cny(1_300);
        Money cost = Money.cny(6_000 + n % 500);
        List<VoucherLine> lines = List.of(
                VoucherLine.debit("销售 " + n, AccountCode.of("1122"), DimensionValues.of(Dimension.CUSTOMER, "C" + n % 50), gross),
                VoucherLine.credit("销售 " + n, AccountCode.of("5001"), DimensionValues.NONE, gross.minus(tax)),
                VoucherLine.credit("销项税 " + n, AccountCode.of("22210102"), DimensionValues.NONE, tax),
                VoucherLine.debit("结转成本 " + n, AccountCode.of("5401"), DimensionValues.NONE, cost),
                VoucherLine.credit("结转成本 " + n, AccountCode.of("1405"), DimensionValues.of(Dimension.ITEM, "I" + n % 300), cost));
        return new GeneratedVoucher(VoucherWord.JI, date, 1, lines,
                new Provenance("sales-delivery", "D" + n, version, "sale.general", 1, 1, VoucherHash.of(lines)));
    }

    @Test
    void generating_again_with_the_same_key_returns_the_same_vouchers() {
        AccountingFixture f = new AccountingFixture();
        LocalDate date = LocalDate.of(2026, 7, 3);
        List<Voucher> first = f.services.generated().postGenerated(f.tenant.id(), f.preparer,
                List.of(sale(1, date, 1), sale(2, date, 1))).get();
        List<Voucher> again = f.services.generated().postGenerated(f.tenant.id(), f.preparer,
                List.of(sale(2, date, 1), sale(1, date, 1), sale(3, date, 1))).get();
        assertThat(again.get(0)).isEqualTo(first.get(1));
        assertThat(again.get(1)).isEqualTo(first.get(0));
        assertThat(again.get(2).number()).isEqualTo(3);
        assertThat(first).extracting(Voucher::display).containsExactly("记-1", "记-2");
        TrialBalance tb = f.services.ledger().trialBalance(f.tenant.id(), date, date, Map.of()).get();
        assertThat(tb.isBalanced()).isTrue();
        assertThat(tb.debit()).isEqualTo(Money.cny(3 * 11_300 + 1 + 2 + 3 + 3 * 6_000 + 1 + 2 + 3));
    }

    @Test
    void a_batch_in_a_closed_period_is_refused_whole() {
        AccountingFixture f = new AccountingFixture();
        f.services.periods().close(f.tenant.id(), java.time.YearMonth.of(2026, 6), f.reviewer).get();
        var refused = f.services.generated().postGenerated(f.tenant.id(), f.preparer,
                List.of(sale(1, LocalDate.of(2026, 7, 1), 1), sale(2, LocalDate.of(2026, 6, 30), 1)));
        assertThat(refused.getLeft().code()).isEqualTo("accounting.period-closed");
        assertThat(f.vouchers.list(f.tenant.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isEmpty();
        assertThat(f.services.periodGuard().requireOpen(f.tenant.id(), LocalDate.of(2026, 6, 30)).getLeft().code())
                .isEqualTo("accounting.period-closed");
        assertThat(f.services.periodGuard().requireOpen(f.tenant.id(), LocalDate.of(2026, 7, 1)).isRight()).isTrue();
    }

    @Test
    void concurrent_batches_over_the_same_accounts_and_months_number_without_gaps_and_keep_balances_equal_to_lines()
            throws Exception {
        AccountingFixture f = new AccountingFixture();
        int posters = 3;
        int batchesEach = 4;
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(posters);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
        for (int p = 0; p < posters; p++) {
            int poster = p;
            done.add(threads.submit(() -> {
                start.await();
                int posted = 0;
                for (int b = 0; b < batchesEach; b++) {
                    List<GeneratedVoucher> batch = new ArrayList<>();
                    for (int i = 0; i < 60; i++) {
                        int n = (poster * batchesEach + b) * 60 + i;
                        batch.add(sale(n, LocalDate.of(2026, 9 + n % 2, 1 + n % 28), 1));
                    }
                    posted += f.services.generated().postGenerated(f.tenant.id(), f.preparer, batch).get().size();
                }
                return posted;
            }));
        }
        start.countDown();
        int posted = 0;
        for (var d : done) {
            posted += d.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        threads.shutdown();
        assertThat(posted).isEqualTo(posters * batchesEach * 60);
        LocalDate from = LocalDate.of(2026, 9, 1);
        LocalDate to = LocalDate.of(2026, 10, 31);
        List<Voucher> stored = f.vouchers.list(f.tenant.id(), from, to);
        assertThat(stored).hasSize(posted);
        for (java.time.YearMonth month : List.of(java.time.YearMonth.of(2026, 9), java.time.YearMonth.of(2026, 10))) {
            assertThat(f.vouchers.numberGaps(f.tenant.id(), month)).isEmpty();
            assertThat(stored.stream().filter(v -> v.period().equals(month)).map(Voucher::number).distinct().count())
                    .isEqualTo(posted / 2);
        }
        assertThat(f.ledger.turnover(f.tenant.id(), from, to, DimensionValues.NONE, false))
                .containsExactlyInAnyOrderElementsOf(f.ledger.turnoverFromLines(f.tenant.id(), from, to));
        assertThat(f.services.ledger().trialBalance(f.tenant.id(), from, to, Map.of()).get().isBalanced()).isTrue();
    }

    @Test
    void batches_of_500_generated_vouchers_post_quickly() {
        AccountingFixture f = new AccountingFixture();
        int batches = 8;
        f.services.generated().postGenerated(f.tenant.id(), f.preparer, List.of(sale(0, LocalDate.of(2026, 8, 1), 1))).get();
        long start = System.nanoTime();
        for (int b = 0; b < batches; b++) {
            List<GeneratedVoucher> batch = new ArrayList<>(500);
            for (int i = 0; i < 500; i++) {
                int n = 1 + b * 500 + i;
                batch.add(sale(n, LocalDate.of(2026, 8, 1 + n % 28), 1));
            }
            assertThat(f.services.generated().postGenerated(f.tenant.id(), f.preparer, batch).isRight()).isTrue();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("posted %d generated vouchers (5 lines each) in %.2f s: %.0f vouchers/s%n",
                batches * 500, seconds, batches * 500 / seconds);
        TrialBalance tb = f.services.ledger().trialBalance(f.tenant.id(), LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31), Map.of()).get();
        assertThat(tb.isBalanced()).isTrue();
        assertThat(f.vouchers.numberGaps(f.tenant.id(), java.time.YearMonth.of(2026, 8))).isEmpty();
    }
}
