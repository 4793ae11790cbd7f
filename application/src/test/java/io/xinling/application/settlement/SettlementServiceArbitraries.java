package io.xinling.application.settlement;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.List;

/**
 * Operations on the settlement use cases for two customers over a 90-day window. Item and write-off
 * choices are numbers taken modulo what exists when the operation runs, so sequences shrink well;
 * amounts are often more than is open, and partners sometimes unknown, to exercise the refusals.
 */
final class SettlementServiceArbitraries {

    static final int DAYS = 90;

    private SettlementServiceArbitraries() {
    }

    sealed interface Op {
    }

    /** A posted document (charge) or a return credit. */
    record Document(int partner, boolean charge, int day, long minor) implements Op {
    }

    /** A receipt or advance, written off at once against up to two charges. */
    record Receipt(int partner, boolean advance, int day, long minor, List<Integer> charges, List<Long> parts) implements Op {
    }

    record Apply(int credit, int charge, long minor, int days) implements Op {
    }

    record Reverse(int writeOff, int days) implements Op {
    }

    /** Customers 0 and 1 mostly; 2 is a partner that does not exist. */
    private static Arbitrary<Integer> partners() {
        return Arbitraries.frequency(Tuple.of(5, 0), Tuple.of(5, 1), Tuple.of(1, 2));
    }

    private static Arbitrary<Long> minors() {
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.longs().between(1, 50_000)),
                Tuple.of(3, Arbitraries.longs().between(1, 10_000_000)), Tuple.of(1, Arbitraries.longs().between(-10, 0)));
    }

    static Arbitrary<Op> documents() {
        return Combinators.combine(partners(), Arbitraries.of(true, true, false),
                Arbitraries.integers().between(0, DAYS), minors()).as(Document::new);
    }

    static Arbitrary<Op> receipts() {
        return Arbitraries.integers().between(0, 2).flatMap(n -> Combinators.combine(partners(),
                Arbitraries.of(true, false), Arbitraries.integers().between(0, DAYS), minors(),
                Arbitraries.integers().between(0, 100).list().ofSize(n), minors().list().ofSize(n)).as(Receipt::new));
    }

    static Arbitrary<Op> applies() {
        return Combinators.combine(Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 100),
                minors(), Arbitraries.integers().between(-2, 10)).as(Apply::new);
    }

    static Arbitrary<Op> reverses() {
        return Combinators.combine(Arbitraries.integers().between(0, 100), Arbitraries.integers().between(-2, 10))
                .as(Reverse::new);
    }

    static Arbitrary<List<Op>> operations() {
        return Arbitraries.frequencyOf(Tuple.of(3, documents()), Tuple.of(3, receipts()), Tuple.of(3, applies()),
                Tuple.of(2, reverses())).list().ofMinSize(10).ofMaxSize(40);
    }
}
