package io.xinling.persistence.accounting;

import io.vavr.control.Either;
import io.xinling.persistence.common.JooqTransactor;
import io.xinling.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class BalanceSlotsTest {

    private final JooqTransactor transactor = new JooqTransactor(TestDatabase.database().dsl());

    @Test
    void a_transaction_keeps_its_slot_a_concurrent_one_gets_another_and_both_are_free_again_after_them() throws Exception {
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        int before = BalanceSlots.leased();
        CompletableFuture<int[]> first = CompletableFuture.supplyAsync(() -> transactor.inTransaction(() -> {
            int a = BalanceSlots.slot();
            firstHolds.countDown();
            await(secondDone);
            return Either.right(new int[] {a, BalanceSlots.slot()});
        }).get());
        await(firstHolds);
        int second = transactor.inTransaction(() -> {
            int slot = BalanceSlots.slot();
            assertThat(BalanceSlots.leased()).isEqualTo(before + 2);
            return Either.right(slot);
        }).get();
        secondDone.countDown();
        int[] firstSlots = first.get(10, TimeUnit.SECONDS);
        assertThat(firstSlots[1]).isEqualTo(firstSlots[0]);
        assertThat(second).isNotEqualTo(firstSlots[0]).isBetween(0, BalanceSlots.SLOTS - 1);
        assertThat(BalanceSlots.leased()).isEqualTo(before);
    }

    @Test
    void outside_a_transaction_nothing_is_leased() {
        int before = BalanceSlots.leased();
        assertThat(BalanceSlots.slot()).isBetween(0, BalanceSlots.SLOTS - 1);
        assertThat(BalanceSlots.leased()).isEqualTo(before);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
