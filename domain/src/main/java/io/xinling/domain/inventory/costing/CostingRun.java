package io.xinling.domain.inventory.costing;

import java.math.BigDecimal;

/**
 * The running state of one pass over a {@link CostingTape}: per key {@code (Q, V)}, the reference
 * state and the hole list; per slot the physical quantity. Every method works on primitives so that
 * the loop allocates nothing on the common path (receipts and issues on positive stock).
 */
final class CostingRun {


    final CostingTape t;
    final long[] q;
    final long[] v;
    final long[] rq;
    final long[] rv;
    final long[] iq;
    final long[] ia;
    final HoleList[] holes;
    final long[] sq;
    final boolean[] slotReady;
    final CostDeltas deltas = new CostDeltas();
    final Settlements settle;
    EngineFault fault;

    /**
     * The largest quantity a key may hold, in millionths of a base unit (10^12 base units): far from where the
     * {@code long} arithmetic of balances would wrap around, which it did silently beyond about 9.2 × 10^12.
     */
    static final long MAX_QUANTITY_MICRO = 1_000_000_000_000_000_000L;
    int[] costingFrom;

    CostingRun(CostingTape tape) {
        t = tape;
        q = new long[tape.keyCount];
        v = new long[tape.keyCount];
        rq = new long[tape.keyCount];
        rv = new long[tape.keyCount];
        iq = new long[tape.keyCount];
        ia = new long[tape.keyCount];
        holes = new HoleList[tape.keyCount];
        sq = new long[tape.slotCount];
        slotReady = new boolean[tape.slotCount];
        settle = new Settlements(this);
    }

    /** Starts key {@code k} from the stored after-state of position {@code p} (or empty when -1). */
    void startKey(int k, int p) {
        if (p == CostingTape.NONE) {
            return;
        }
        q[k] = t.qtyAfter[p];
        v[k] = t.valueAfter[p];
        rq[k] = t.refQty[p];
        rv[k] = t.refValue[p];
        iq[k] = t.inQty[p];
        ia[k] = t.inAmount[p];
    }

    /** Whether key {@code k} is costed in this pass at position {@code i} (always, in a full replay). */
    boolean isCosting(int k, int i) {
        return costingFrom == null || costingFrom[k] <= i;
    }

    /** Costs position {@code i}; false when it faulted. */
    boolean step(int i) {
        int s = t.slot[i];
        if (!slotReady[s]) {
            int p = t.prevOfSlot[i];
            sq[s] = p == CostingTape.NONE ? 0 : t.slotAfter[p];
            slotReady[s] = true;
        }
        if (!t.settlements.isEmpty()) {
            t.settlements.remove(i);
        }
        long n = t.qty[i];
        switch (MovementKind.of(t.kind[i])) {
            case INBOUND -> inbound(i, n, t.input[i], CostBasis.INPUT);
            case INBOUND_FED -> inbound(i, n, -t.amount[t.feed[i]], CostBasis.SHARE);
            case INBOUND_ALLOCATED -> inbound(i, n, t.groups.get(i).amountOf(i, this), CostBasis.SHARE);
            case RETURN_REFERENCED -> ReturnRule.apply(this, i);
            case INBOUND_AT_AVERAGE -> atAverage(i, n);
            case OUTBOUND -> outbound(i, n, t.allowNegative[i]);
            case PURCHASE_RETURN -> purchaseReturn(i, false);
            case PURCHASE_RETURN_AVERAGE -> purchaseReturn(i, true);
            case COUNT -> count(i, n - sq[s]);
            case VALUE_ADJUSTMENT -> ValueRules.adjust(this, i, t.input[i]);
            case VALUE_OR_EXPENSE -> ValueRules.adjustOrExpense(this, i, t.input[i]);
            case SWITCH_OUT -> ScopeLegs.leave(this, i);
            case SWITCH_IN -> ScopeLegs.open(this, i);
        }
        return fault == null;
    }

    void inbound(int i, long r, long a, CostBasis basis) {
        int k = t.key[i];
        long adjustment = 0;
        if (q[k] < 0) {
            adjustment = settle.fill(i, r, a);
            basis = CostBasis.SETTLEMENT;
        } else {
            if (r > MAX_QUANTITY_MICRO - q[k]) {
                fault = new EngineFault(i, EngineFault.Reason.QUANTITY_OUT_OF_RANGE, 0);
                return;
            }
            q[k] += r;
            v[k] = Math.addExact(v[k], a);
        }
        if (r > 0) {
            iq[k] = r;
            ia[k] = a;
        }
        refreshReference(k);
        write(i, a, adjustment, r, basis);
    }

    private void atAverage(int i, long g) {
        int k = t.key[i];
        if (q[k] > 0) {
            inbound(i, g, CostArithmetic.mulDivHalfUp(v[k], g, q[k]), CostBasis.SHARE);
            return;
        }
        BigDecimal r = ReferenceCost.of(this, i, k);
        if (r != null) {
            inbound(i, g, CostArithmetic.costAt(r, g, t.moneyDigits), ReferenceCost.basis(r));
        }
    }

    void outbound(int i, long out, boolean negativeAllowed) {
        int k = t.key[i];
        if (!checkSlot(i, out, negativeAllowed)) {
            return;
        }
        long held = q[k];
        if (out <= held) {
            long cost = CostArithmetic.share(v[k], out, held);
            take(i, k, out, cost, CostBasis.SHARE);
            return;
        }
        if (!negativeAllowed) {
            fault = new EngineFault(i, EngineFault.Reason.INSUFFICIENT_STOCK, out - Math.max(held, 0));
            return;
        }
        BigDecimal r = ReferenceCost.of(this, i, k);
        if (r == null) {
            return;
        }
        long covered = Math.max(held, 0);
        long provisional = CostArithmetic.costAt(r, out - covered, t.moneyDigits);
        long cost = (covered > 0 ? v[k] : 0) + provisional;
        if (holes[k] == null) {
            holes[k] = new HoleList();
        }
        holes[k].add(i, out - covered, provisional);
        take(i, k, out, cost, ReferenceCost.basis(r));
    }

    private void purchaseReturn(int i, boolean atAverage) {
        int k = t.key[i];
        long out = t.qty[i];
        if (!checkSlot(i, out, false)) {
            return;
        }
        if (out > q[k]) {
            fault = new EngineFault(i, EngineFault.Reason.INSUFFICIENT_STOCK, out - Math.max(q[k], 0));
            return;
        }
        long cost = out == q[k] || atAverage ? CostArithmetic.share(v[k], out, q[k]) : Math.min(t.input[i], v[k]);
        take(i, k, out, cost, atAverage ? CostBasis.SHARE : CostBasis.ORIGINAL);
    }

    private void count(int i, long difference) {
        if (difference > 0) {
            atAverage(i, difference);
        } else if (difference < 0) {
            outbound(i, -difference, false);
        } else {
            write(i, 0, 0, 0, CostBasis.SHARE);
        }
    }

    private boolean checkSlot(int i, long out, boolean negativeAllowed) {
        long have = sq[t.slot[i]];
        if (!negativeAllowed && out > have) {
            fault = new EngineFault(i, EngineFault.Reason.INSUFFICIENT_STOCK, out - Math.max(have, 0));
            return false;
        }
        return true;
    }

    private void take(int i, int k, long out, long cost, CostBasis basis) {
        q[k] -= out;
        v[k] = Math.subtractExact(v[k], cost);
        write(i, -cost, 0, -out, basis);
    }

    void refreshReference(int k) {
        if (q[k] > 0) {
            rq[k] = q[k];
            rv[k] = v[k];
        }
    }

    void write(int i, long amount, long settlement, long signedQty, CostBasis basis) {
        int k = t.key[i];
        int s = t.slot[i];
        if (t.amount[i] != amount || t.settlement[i] != settlement) {
            deltas.add(i, t.amount[i], amount, t.settlement[i], settlement);
        }
        sq[s] += signedQty;
        t.amount[i] = amount;
        t.settlement[i] = settlement;
        t.derivedQty[i] = signedQty;
        t.basis[i] = (byte) basis.ordinal();
        t.qtyAfter[i] = q[k];
        t.valueAfter[i] = v[k];
        t.slotAfter[i] = sq[s];
        t.refQty[i] = rq[k];
        t.refValue[i] = rv[k];
        t.inQty[i] = iq[k];
        t.inAmount[i] = ia[k];
    }
}
