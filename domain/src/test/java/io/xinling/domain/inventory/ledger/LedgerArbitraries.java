package io.xinling.domain.inventory.ledger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;

/** Generators of ledger histories; built with combine/map so that jqwik shrinks them. */
final class LedgerArbitraries {

    private LedgerArbitraries() {
    }

    static Arbitrary<List<Op>> histories() {
        return Combinators.combine(receipt().list().ofMinSize(2).ofMaxSize(8), op().list().ofMinSize(4).ofMaxSize(30))
                .as((opening, rest) -> {
                    List<Op> all = new java.util.ArrayList<>(opening);
                    all.addAll(rest);
                    return all;
                });
    }

    @SuppressWarnings("unchecked")
    static Arbitrary<Op> op() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, receipt()),
                net.jqwik.api.Tuple.of(5, sale()),
                net.jqwik.api.Tuple.of(2, transfer()),
                net.jqwik.api.Tuple.of(2, stocktake()),
                net.jqwik.api.Tuple.of(1, assembly()),
                net.jqwik.api.Tuple.of(1, cancel()),
                net.jqwik.api.Tuple.of(1, redate()),
                net.jqwik.api.Tuple.of(2, salesReturn()));
    }

    /** Histories that also hold referenced returns, two-step transfers and disassembly (no oracle for these). */
    static Arbitrary<List<Op>> richHistories() {
        return Combinators.combine(receipt().list().ofMinSize(2).ofMaxSize(8), richOp().list().ofMinSize(4).ofMaxSize(30))
                .as((opening, rest) -> {
                    List<Op> all = new java.util.ArrayList<>(opening);
                    all.addAll(rest);
                    return all;
                });
    }

    @SuppressWarnings("unchecked")
    static Arbitrary<Op> richOp() {
        Arbitrary<Op> linked = Combinators.combine(Arbitraries.of(Op.Kind.RETURN, Op.Kind.RECEIVE), day(), milli(),
                Arbitraries.integers().between(0, 40)).as((k, d, q, t) -> new Op(k, d, 1, 0, 1, q, 0, 0, t));
        Arbitrary<Op> dispatch = transfer().map(o -> new Op(Op.Kind.DISPATCH, o.day(), o.warehouse(),
                o.otherWarehouse(), o.sku(), o.milli(), 0, 0, 0));
        Arbitrary<Op> disassembly = assembly().map(o -> new Op(Op.Kind.DISASSEMBLY, o.day(), o.warehouse(), 0, 3,
                o.milli(), o.otherMilli(), o.fen(), 0));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, op()),
                net.jqwik.api.Tuple.of(2, linked),
                net.jqwik.api.Tuple.of(1, dispatch),
                net.jqwik.api.Tuple.of(1, disassembly));
    }

    static Arbitrary<Op> receipt() {
        Arbitrary<Long> big = Arbitraries.oneOf(Arbitraries.longs().between(1000, 200_000), milli());
        return Combinators.combine(day(), warehouse(), sku(), big, fen())
                .as((d, w, s, q, a) -> new Op(Op.Kind.RECEIPT, d, w, 0, s, q, 0, a, 0));
    }

    static Arbitrary<Op> sale() {
        return Combinators.combine(day(), warehouse(), sku(), milli())
                .as((d, w, s, q) -> new Op(Op.Kind.SALE, d, w, 0, s, q, 0, 0, 0));
    }

    static Arbitrary<Op> transfer() {
        return Combinators.combine(day(), warehouse(), sku(), milli())
                .as((d, w, s, q) -> new Op(Op.Kind.TRANSFER, d, w, 3 - w, s, q, 0, 0, 0));
    }

    static Arbitrary<Op> stocktake() {
        Arbitrary<Long> counted = Arbitraries.oneOf(Arbitraries.just(0L), milli());
        return Combinators.combine(day(), warehouse(), sku(), counted)
                .as((d, w, s, q) -> new Op(Op.Kind.STOCKTAKE, d, w, 0, s, q, 0, 0, 0));
    }

    static Arbitrary<Op> assembly() {
        return Combinators.combine(day(), warehouse(), milli(), milli(), Arbitraries.longs().between(0, 5000))
                .as((d, w, a, b, fee) -> new Op(Op.Kind.ASSEMBLY, d, w, 0, 3, a, b, fee, 0));
    }

    static Arbitrary<Op> cancel() {
        return Arbitraries.integers().between(0, 40).map(t -> new Op(Op.Kind.CANCEL, 1, 1, 0, 1, 0, 0, 0, t));
    }

    static Arbitrary<Op> salesReturn() {
        return Combinators.combine(day(), milli(), Arbitraries.integers().between(0, 40))
                .as((d, q, t) -> new Op(Op.Kind.RETURN, d, 1, 0, 1, q, 0, 0, t));
    }

    static Arbitrary<Op> redate() {
        return Combinators.combine(Arbitraries.integers().between(0, 40), day())
                .as((t, d) -> new Op(Op.Kind.REDATE, d, 1, 0, 1, 0, 0, 0, t));
    }

    static Arbitrary<Integer> day() {
        return Arbitraries.integers().between(1, 4);
    }

    static Arbitrary<Integer> warehouse() {
        return Arbitraries.integers().between(1, 2);
    }

    static Arbitrary<Integer> sku() {
        return Arbitraries.integers().between(1, 3);
    }

    /** Quantities at scale 3: tiny ones, repeating-decimal ones (3, 7, 9) and up to 20 units. */
    static Arbitrary<Long> milli() {
        return Arbitraries.oneOf(Arbitraries.longs().between(1, 20_000), Arbitraries.of(1L, 3000L, 7000L, 9000L, 333L));
    }

    static Arbitrary<Long> fen() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 1_000_000_000L), Arbitraries.of(1L, 100L, 999L));
    }
}
