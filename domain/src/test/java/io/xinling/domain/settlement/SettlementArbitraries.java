package io.xinling.domain.settlement;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;

/**
 * Generators of operation sequences on two partners over a 120-day window. Operations name earlier items
 * and write-offs by a number taken modulo what exists when they run, so they stay valid while shrinking.
 * Write-off amounts are sometimes more than is open, to exercise the refusals.
 */
final class SettlementArbitraries {

    static final int DAYS = 120;

    private SettlementArbitraries() {
    }

    sealed interface Op {
    }

    record Post(int partner, boolean charge, boolean advance, int day, long minor) implements Op {
    }

    record Apply(int credit, List<Integer> charges, List<Long> minors, int day) implements Op {
    }

    record Reverse(int writeOff, int day) implements Op {
    }

    static Arbitrary<Long> amounts() {
        return Arbitraries.oneOf(Arbitraries.longs().between(1, 100_000), Arbitraries.longs().between(1, 1_000_000_000L));
    }

    static Arbitrary<Op> posts() {
        return Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.integers().between(0, DAYS), amounts()).as(Post::new);
    }

    static Arbitrary<Op> applies() {
        return Arbitraries.integers().between(1, 3).flatMap(n -> Combinators.combine(
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000).list().ofSize(n),
                amounts().list().ofSize(n), Arbitraries.integers().between(0, DAYS)).as(Apply::new));
    }

    static Arbitrary<Op> reverses() {
        return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, DAYS))
                .as(Reverse::new);
    }

    static Arbitrary<List<Op>> operations() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, posts()), net.jqwik.api.Tuple.of(4, applies()),
                net.jqwik.api.Tuple.of(2, reverses())).list().ofMinSize(1).ofMaxSize(40);
    }
}
