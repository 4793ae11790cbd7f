package io.xinling.domain.inventory.costing;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark workload: closure and full replay agree; a rough timing of the 1,000,000-movement case. */
class RecostWorkloadTest {

    @Test
    void closure_after_a_backdated_receipt_equals_full_replay() {
        RecostWorkload closure = RecostWorkload.build(42, 200_000, 2_000);
        RecostWorkload full = RecostWorkload.build(42, 200_000, 2_000);
        RecostReport c = closure.recost();
        RecostReport f = full.replayAll();
        assertThat(c.ok()).isTrue();
        assertThat(f.ok()).isTrue();
        assertThat(c.deltas().size()).isPositive().isEqualTo(f.deltas().size());
        assertThat(c.costed()).isLessThan(f.costed());
        assertThat(Arrays.equals(closure.tape().amount, full.tape().amount)).isTrue();
        assertThat(Arrays.equals(closure.tape().valueAfter, full.tape().valueAfter)).isTrue();
    }

    @Test
    void recosting_a_million_movements_in_memory() {
        RecostWorkload w = RecostWorkload.build(7, 1_000_000, 10_000);
        long best = Long.MAX_VALUE;
        long bestClosure = Long.MAX_VALUE;
        for (int round = 0; round < 8; round++) {
            long t0 = System.nanoTime();
            assertThat(w.replayAll().ok()).isTrue();
            long t1 = System.nanoTime();
            assertThat(w.recost().ok()).isTrue();
            long t2 = System.nanoTime();
            best = Math.min(best, t1 - t0);
            bestClosure = Math.min(bestClosure, t2 - t1);
        }
        System.out.printf("recost-memory: full replay %.1f ms, closure %.2f ms (1,000,000 movements, 10,000 SKUs)%n",
                best / 1e6, bestClosure / 1e6);
        assertThat(best).isLessThan(2_000_000_000L);
    }
}
