package io.xinling.persistence.accounting;

import io.vavr.control.Either;
import io.xinling.application.accounting.EnterVoucherUseCase.EnterVoucherCommand;
import io.xinling.application.accounting.LineInput;
import io.xinling.application.tenancy.Tenant;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.TrialBalance;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.accounting.VoucherStatus;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.UserId;
import io.xinling.persistence.tenancy.JooqTenantRepository;
import io.xinling.persistence.tenancy.JooqUserRepository;
import io.xinling.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drafts posted by concurrent callers go through shared transactions (group commit) on PostgreSQL; every caller still
 * gets its own answer, and what is refused writes nothing.
 */
class GroupPostingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 12);

    private static Voucher draft(AccountingFixture f, UserId preparer, LocalDate date, long cents) {
        String amount = Money.cny(cents).toDecimal().toPlainString();
        return f.services.vouchers().enter(new EnterVoucherCommand(f.tenant.id(), preparer, "记", date, 0, List.of(
                new LineInput("收款", "1002", Map.of(), amount, ""),
                new LineInput("收款", "1001", Map.of(), "", amount)))).get();
    }

    @Test
    void concurrent_posts_share_transactions_and_each_caller_gets_its_own_answer() throws Exception {
        AccountingFixture f = new AccountingFixture();
        int drafts = 120;
        List<Voucher> entered = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < drafts; i++) {
            entered.add(draft(f, f.preparer, DAY.plusDays(i % 10), 100 + i));
            total += 100 + i;
        }
        Voucher own = draft(f, f.reviewer, DAY, 999);
        VoucherId missing = new VoucherId(Long.MAX_VALUE - 7);

        // each draft is posted by two callers; one of them also tries a self-review and a missing voucher
        int callers = 8;
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Either<AccountingError, Voucher>>>> answers = new ArrayList<>();
        try {
            for (int c = 0; c < callers; c++) {
                int caller = c;
                answers.add(threads.submit(() -> {
                    start.await();
                    List<Either<AccountingError, Voucher>> mine = new ArrayList<>();
                    for (int i = caller; i < 2 * drafts; i += callers) {
                        mine.add(f.services.posting().post(f.tenant.id(), entered.get(i % drafts).id(), f.reviewer));
                    }
                    if (caller == 3) {
                        mine.add(f.services.posting().post(f.tenant.id(), own.id(), f.reviewer));
                        mine.add(f.services.posting().post(f.tenant.id(), missing, f.reviewer));
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<Either<AccountingError, Voucher>> all = new ArrayList<>();
            for (Future<List<Either<AccountingError, Voucher>>> a : answers) {
                all.addAll(a.get(120, TimeUnit.SECONDS));
            }
            List<Voucher> posted = all.stream().filter(Either::isRight).map(Either::get).toList();
            List<String> refusals = all.stream().filter(Either::isLeft).map(e -> e.getLeft().code()).toList();

            assertThat(posted).hasSize(drafts).extracting(Voucher::id).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(entered.stream().map(Voucher::id).toList());
            assertThat(posted).allSatisfy(v -> {
                assertThat(v.status()).isEqualTo(VoucherStatus.POSTED);
                assertThat(v.reviewer()).contains(f.reviewer);
            });
            assertThat(refusals).hasSize(drafts + 2).filteredOn("accounting.illegal-transition"::equals).hasSize(drafts);
            assertThat(refusals).contains("accounting.self-review", "accounting.voucher-not-found");
        } finally {
            threads.shutdownNow();
        }

        assertThat(f.vouchers.find(f.tenant.id(), own.id()).orElseThrow().status()).isEqualTo(VoucherStatus.DRAFT);
        for (Voucher v : entered) {
            Voucher stored = f.vouchers.find(f.tenant.id(), v.id()).orElseThrow();
            assertThat(stored.status()).isEqualTo(VoucherStatus.POSTED);
            assertThat(stored.reviewer()).contains(f.reviewer);
        }
        TrialBalance tb = f.services.ledger().trialBalance(f.tenant.id(), DAY.withDayOfMonth(1), DAY.plusDays(30), Map.of()).get();
        assertThat(tb.isBalanced()).isTrue();
        assertThat(tb.debit()).isEqualTo(Money.cny(total));
        assertThat(f.ledger.entries(f.tenant.id(), AccountCode.of("1002"), DAY.withDayOfMonth(1), DAY.plusDays(30),
                DimensionValues.NONE)).hasSize(drafts);
        // drafts posted in one transaction share its id (xmin): eight callers against two writers form groups
        int transactions = (Integer) f.dsl.fetchValue("select count(distinct xmin::text)::int from vouchers where tenant_id = ? and status = ?",
                f.tenant.id().value(), "POSTED");
        assertThat(transactions).isLessThan(drafts);
    }

    @Test
    void a_post_inside_a_transaction_of_the_callers_joins_it() {
        AccountingFixture f = new AccountingFixture();
        Voucher a = draft(f, f.preparer, DAY, 100);
        Voucher b = draft(f, f.preparer, DAY, 200);
        Either<AccountingError, Voucher> refused = f.transactor.inTransaction(() -> {
            f.services.posting().post(f.tenant.id(), a.id(), f.reviewer).get();
            return f.services.posting().post(f.tenant.id(), b.id(), f.preparer);
        });
        assertThat(refused.getLeft().code()).isEqualTo("accounting.self-review");
        // the outer transaction rolled back, and with it the post of the first draft
        assertThat(f.vouchers.find(f.tenant.id(), a.id()).orElseThrow().status()).isEqualTo(VoucherStatus.DRAFT);
        assertThat(f.services.ledger().trialBalance(f.tenant.id(), DAY, DAY, Map.of()).get().debit()).isEqualTo(Money.cny(0));
    }

    @Test
    void a_tenant_waiting_for_its_books_holds_up_no_other_tenants_posts() throws Exception {
        AccountingFixture f = new AccountingFixture();
        Tenant other = new JooqTenantRepository(f.dsl).create(TestDatabase.uniqueName("acc"), Instant.now()).orElseThrow();
        UserId otherPreparer = new JooqUserRepository(f.dsl).findOrCreate(other.id(), "preparer", Instant.now());
        UserId otherReviewer = new JooqUserRepository(f.dsl).findOrCreate(other.id(), "reviewer", Instant.now());
        Voucher first = draft(f, f.preparer, DAY, 100);
        Voucher second = draft(f, f.preparer, DAY, 200);
        String amount = Money.cny(300).toDecimal().toPlainString();
        Voucher theirs = f.services.vouchers().enter(new EnterVoucherCommand(other.id(), otherPreparer, "记", DAY, 0, List.of(
                new LineInput("收款", "1002", Map.of(), amount, ""),
                new LineInput("收款", "1001", Map.of(), "", amount)))).get();

        ExecutorService threads = Executors.newFixedThreadPool(3);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            // a close of the first tenant in progress: its books held under the exclusive lock
            Future<?> close = threads.submit(() -> f.transactor.inTransaction(() -> {
                f.books.lockExclusive(f.tenant.id()).orElseThrow();
                locked.countDown();
                await(release);
                return Either.right(0);
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Either<AccountingError, Voucher>> waiting = threads.submit(
                    () -> f.services.posting().post(f.tenant.id(), first.id(), f.reviewer));
            Future<Either<AccountingError, Voucher>> queued = threads.submit(
                    () -> f.services.posting().post(f.tenant.id(), second.id(), f.reviewer));
            Thread.sleep(300);

            assertThat(f.services.posting().post(other.id(), theirs.id(), otherReviewer).get().status())
                    .isEqualTo(VoucherStatus.POSTED);
            assertThat(waiting.isDone()).isFalse();
            assertThat(queued.isDone()).isFalse();

            release.countDown();
            close.get(10, TimeUnit.SECONDS);
            assertThat(waiting.get(10, TimeUnit.SECONDS).get().status()).isEqualTo(VoucherStatus.POSTED);
            assertThat(queued.get(10, TimeUnit.SECONDS).get().status()).isEqualTo(VoucherStatus.POSTED);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
