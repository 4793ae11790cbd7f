package io.xinling.persistence.accounting;

import io.vavr.control.Either;
import io.xinling.application.accounting.PostGeneratedVouchersUseCase.GeneratedVoucher;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.Provenance;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherHash;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.kernel.Money;
import io.xinling.persistence.common.JooqTransactor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Voucher numbers are taken outside the posting's transaction: no posting waits for another's commit. */
class VoucherNumbersTest {

    private static final LocalDate DATE = LocalDate.of(2026, 4, 10);

    @Test
    void a_posting_takes_its_number_while_another_posting_of_the_tenant_is_still_open() throws Exception {
        AccountingFixture f = new AccountingFixture();
        f.services.chart().chart(f.tenant.id());
        CountDownLatch numbered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Voucher> open = threads.submit(() -> new JooqTransactor(f.dsl).<AccountingError, Voucher>inTransaction(() -> {
                Voucher first = post(f, 1, "1001", "3001").get();
                numbered.countDown();
                awaitQuietly(release);
                return Either.right(first);
            }).get());
            assertThat(numbered.await(30, TimeUnit.SECONDS)).isTrue();
            Voucher second = threads.submit(() -> post(f, 2, "1002", "5001").get()).get(10, TimeUnit.SECONDS);
            release.countDown();
            Voucher first = open.get(30, TimeUnit.SECONDS);
            assertThat(second.number()).isNotEqualTo(first.number());
            assertThat(List.of(first.number(), second.number())).containsExactlyInAnyOrder(1, 2);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void concurrent_postings_get_distinct_numbers_and_a_rolled_back_one_leaves_a_gap() throws Exception {
        AccountingFixture f = new AccountingFixture();
        f.services.chart().chart(f.tenant.id());
        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<Future<Integer>> posted = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int n = 10 + i;
            posted.add(threads.submit(() -> post(f, n, n % 2 == 0 ? "1001" : "1002", "3001").get().number()));
        }
        List<Integer> numbers = new ArrayList<>();
        for (Future<Integer> p : posted) {
            numbers.add(p.get(60, TimeUnit.SECONDS));
        }
        threads.shutdown();
        assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n >= 1 && n <= 60);
        assertThat(f.vouchers.numberGaps(f.tenant.id(), YearMonth.from(DATE))).isEmpty();

        Either<AccountingError, Voucher> refused = new JooqTransactor(f.dsl).inTransaction(() -> post(f, 99, "1001", "3001")
                .flatMap(v -> Either.<AccountingError, Voucher>left(new AccountingError.InvalidField("test", "roll back"))));
        assertThat(refused.isLeft()).isTrue();
        assertThat(post(f, 100, "1001", "3001").get().number()).isEqualTo(62);
        assertThat(f.vouchers.numberGaps(f.tenant.id(), YearMonth.from(DATE))).containsExactly("记-61");
        assertThat(f.services.vouchers().renumber(f.tenant.id(), YearMonth.from(DATE)).get()).isEqualTo(1);
        assertThat(f.vouchers.numberGaps(f.tenant.id(), YearMonth.from(DATE))).isEmpty();
        assertThat(post(f, 101, "1001", "3001").get().number()).isEqualTo(62);
    }

    private static Either<AccountingError, Voucher> post(AccountingFixture f, int n, String debit, String credit) {
        List<VoucherLine> lines = List.of(
                VoucherLine.debit("number " + n, AccountCode.of(debit), DimensionValues.NONE, Money.cny(100 + n)),
                VoucherLine.credit("number " + n, AccountCode.of(credit), DimensionValues.NONE, Money.cny(100 + n)));
        GeneratedVoucher g = new GeneratedVoucher(VoucherWord.JI, DATE, 0, lines,
                new Provenance("test", "number-" + n, 1, "t", 1, 0, VoucherHash.of(lines)));
        return f.services.generated().postGenerated(f.tenant.id(), f.preparer, List.of(g)).map(made -> made.get(0));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
