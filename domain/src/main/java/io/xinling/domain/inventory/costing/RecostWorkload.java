package io.xinling.domain.inventory.costing;

/**
 * A deterministic re-costing workload for benchmarks ({@code recost-memory}): {@code movements}
 * receipts and issues over {@code skus} costing keys, presorted, already costed, then a receipt
 * backdated to the very start of one key is inserted without re-costing. {@link #recost()} runs the
 * closure re-cost the ledger would run; {@link #replayAll()} the full replay. Pure: the sequence comes
 * from a seeded xorshift generator, so the same seed always gives the same tape.
 */
public final class RecostWorkload {

    private final CostingTape tape;
    private final int backdatedKey;

    private RecostWorkload(CostingTape tape, int backdatedKey) {
        this.tape = tape;
        this.backdatedKey = backdatedKey;
    }

    public static RecostWorkload build(long seed, int movements, int skus) {
        CostingTape before = generate(seed, movements, skus, false);
        Recoster.replayAll(before);
        CostingTape after = generate(seed, movements, skus, true);
        copyOutputs(before, after);
        return new RecostWorkload(after, 0);
    }

    /** The closure re-cost after the backdated receipt (the ledger's incremental path). */
    public RecostReport recost() {
        return Recoster.recost(tape, 0, backdatedKey);
    }

    /** Every movement re-costed from empty state. */
    public RecostReport replayAll() {
        return Recoster.replayAll(tape);
    }

    public CostingTape tape() {
        return tape;
    }

    private static CostingTape generate(long seed, int movements, int skus, boolean backdated) {
        int n = movements + (backdated ? 1 : 0);
        CostingTape t = new CostingTape(n, skus, skus, 2);
        if (backdated) {
            t.append(Long.MAX_VALUE, Long.MAX_VALUE, 0, 0, MovementKind.INBOUND, 50_000_000L, 123_456L, -1, false);
        }
        long[] held = new long[skus];
        long state = seed == 0 ? 0x9E3779B97F4A7C15L : seed;
        for (int i = 0; i < movements; i++) {
            state = next(state);
            int key = (int) Long.remainderUnsigned(state, skus);
            state = next(state);
            long r = state >>> 1;
            if (held[key] < 5_000_000L || r % 10 < 4) {
                long units = 1_000_000L * (1 + r % 100) + (r >>> 20) % 1000 * 1000;
                long fen = units / 1_000_000L * (500 + (r >>> 30) % 4500);
                t.append(i, i, key, key, MovementKind.INBOUND, units, fen, -1, false);
                held[key] += units;
            } else {
                long units = Math.min(held[key], 1_000_000L * (1 + r % 20));
                t.append(i, i, key, key, MovementKind.OUTBOUND, units, 0, -1, false);
                held[key] -= units;
            }
        }
        return t.seal();
    }

    private static long next(long x) {
        x ^= x << 13;
        x ^= x >>> 7;
        x ^= x << 17;
        return x;
    }

    /** Outputs of {@code from} position i become those of {@code to} position i + 1 (stale after the insert). */
    private static void copyOutputs(CostingTape from, CostingTape to) {
        int n = from.size;
        System.arraycopy(from.amount, 0, to.amount, 1, n);
        System.arraycopy(from.settlement, 0, to.settlement, 1, n);
        System.arraycopy(from.derivedQty, 0, to.derivedQty, 1, n);
        System.arraycopy(from.qtyAfter, 0, to.qtyAfter, 1, n);
        System.arraycopy(from.valueAfter, 0, to.valueAfter, 1, n);
        System.arraycopy(from.slotAfter, 0, to.slotAfter, 1, n);
        System.arraycopy(from.refQty, 0, to.refQty, 1, n);
        System.arraycopy(from.refValue, 0, to.refValue, 1, n);
        System.arraycopy(from.inQty, 0, to.inQty, 1, n);
        System.arraycopy(from.inAmount, 0, to.inAmount, 1, n);
        System.arraycopy(from.basis, 0, to.basis, 1, n);
    }
}
