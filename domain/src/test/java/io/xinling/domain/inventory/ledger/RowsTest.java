package io.xinling.domain.inventory.ledger;

import io.xinling.domain.inventory.CostingScope;
import net.jqwik.api.Example;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Versions of a ledger's rows share one array; a version thrown away claims nothing. */
class RowsTest {

    private static List<StockMovement> some(int count) {
        StockLedger ledger = Fixture.ledger(CostingScope.PER_WAREHOUSE, false);
        for (int d = 1; d <= count; d++) {
            ledger = Fixture.post(ledger, Fixture.receipt(d, Fixture.jan(1), Fixture.W1, 1, "1", "1.00"));
        }
        return ledger.movements();
    }

    private static List<StockMovement> concat(List<StockMovement> a, List<StockMovement> b) {
        List<StockMovement> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Example
    void versions_appended_to_one_version_each_keep_their_rows() {
        List<StockMovement> m = some(8);
        Rows base = Rows.of(m.subList(0, 3));
        Rows dropped = base.append(m.subList(3, 4));
        Rows kept = base.append(m.subList(4, 5));
        Rows next = kept.append(m.subList(5, 7));
        Rows late = dropped.append(m.subList(7, 8));
        Rows after = next.append(m.subList(0, 1));

        assertThat(base).isEqualTo(m.subList(0, 3));
        assertThat(dropped).isEqualTo(m.subList(0, 4));
        assertThat(kept).isEqualTo(concat(m.subList(0, 3), m.subList(4, 5)));
        assertThat(next).isEqualTo(concat(m.subList(0, 3), m.subList(4, 7)));
        assertThat(late).isEqualTo(concat(m.subList(0, 4), m.subList(7, 8)));
        assertThat(after).isEqualTo(concat(concat(m.subList(0, 3), m.subList(4, 7)), m.subList(0, 1)));

        assertThat(next.extendsRows(kept)).isTrue();
        assertThat(next.extendsRows(base)).isTrue();
        assertThat(after.extendsRows(base)).isTrue();
        assertThat(late.extendsRows(dropped)).isTrue();
        assertThat(late.extendsRows(base)).as("a copy starts a lineage of its own").isFalse();
        assertThat(next.extendsRows(dropped)).isFalse();
        assertThat(kept.extendsRows(next)).isFalse();
    }

    @Example
    void a_post_thrown_away_leaves_the_next_post_appending_in_place() {
        StockLedger ledger = Fixture.post(Fixture.ledger(CostingScope.PER_WAREHOUSE, false),
                Fixture.receipt(1, Fixture.jan(1), Fixture.W1, 1, "10", "10.00"));
        assertThat(ledger.post(Fixture.sale(2, Fixture.jan(2), Fixture.W1, 1, "1")).isRight()).isTrue();
        StockLedger posted = Fixture.post(ledger, Fixture.sale(3, Fixture.jan(2), Fixture.W1, 1, "1"));
        assertThat(posted.appendedTo(ledger)).hasValueSatisfying(rows -> assertThat(rows).hasSize(1));
        assertThat(posted.post(Fixture.sale(4, Fixture.jan(2), Fixture.W1, 1, "1")).isRight()).isTrue();
        StockLedger again = Fixture.post(posted, Fixture.sale(5, Fixture.jan(3), Fixture.W1, 1, "1"));
        assertThat(again.appendedTo(posted)).isPresent();
        assertThat(again.appendedTo(ledger)).hasValueSatisfying(rows -> assertThat(rows).hasSize(2));
        assertThat(ledger.appendedTo(again)).isEmpty();
        assertThat(again.movements()).extracting(m -> m.id().document().value()).containsExactly(1L, 3L, 5L);
    }

    @Example
    void threads_appending_to_one_version_each_see_their_own_rows() throws Exception {
        List<StockMovement> m = some(12);
        for (int round = 0; round < 200; round++) {
            Rows base = Rows.of(m.subList(0, 4));
            int threads = 4;
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
            List<java.util.concurrent.Future<Boolean>> checks = new ArrayList<>();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            try {
                for (int t = 0; t < threads; t++) {
                    List<StockMovement> mine = m.subList(4 + 2 * t, 6 + 2 * t);
                    checks.add(pool.submit(() -> {
                        start.await();
                        Rows one = base.append(mine.subList(0, 1));
                        Rows two = one.append(mine.subList(1, 2));
                        Rows three = two.append(mine.subList(0, 1));
                        return three.equals(concat(concat(m.subList(0, 4), mine), mine.subList(0, 1)))
                                && two.equals(concat(m.subList(0, 4), mine)) && base.equals(m.subList(0, 4));
                    }));
                }
                for (var check : checks) {
                    assertThat(check.get()).isTrue();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
