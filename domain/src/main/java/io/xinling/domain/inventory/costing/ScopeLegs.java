package io.xinling.domain.inventory.costing;

/**
 * The legs of a costing-scope switch (spec 2.1), re-derived on every replay like a stocktake's count. Leaving
 * the old key, each (old key, location) pair takes out its quantity at what that location carries of the key
 * (Σ of its amounts since the key last opened), so the books per location move exactly by the difference
 * between the opening share and the carried value; the old key ends empty. Opening the new key, the pair
 * brings its quantity at the value share of the old key's value just before the switch, the old key's last
 * pair taking the remainder (as {@code ScopeSwitch.open}). The last opening of a new key settles the
 * negative stock the pairs bring against the stock on hand they bring (2.6; a value left at zero quantity
 * whole) and records what stays negative as one hole. Neither leg changes a slot. Leaving walks the old key's
 * movements back to its last switch: a re-cost that reaches a switch costs O(that key's movements since).
 */
final class ScopeLegs {

    private ScopeLegs() {
    }

    static void leave(CostingRun run, int i) {
        CostingTape t = run.t;
        int k = t.key[i];
        int where = t.place[t.slot[i]];
        long n = 0;
        long carried = 0;
        byte out = MovementKind.SWITCH_OUT.code();
        for (int p = t.prevOfKey[i]; p != CostingTape.NONE; p = t.prevOfKey[p]) {
            if (t.kind[p] == out) {
                if (t.doc[p] != t.doc[i]) {
                    break;
                }
                continue;
            }
            if (t.place[t.slot[p]] == where) {
                n += t.derivedQty[p];
                carried += t.amount[p] - t.settlement[p];
            }
        }
        run.q[k] -= n;
        run.v[k] = Math.subtractExact(run.v[k], carried);
        if (t.switches.get(i).lastOfOld()) {
            if (run.q[k] != 0 || run.v[k] != 0) {
                run.fault = new EngineFault(i, EngineFault.Reason.SWITCH_INCOMPLETE, 0);
                return;
            }
            run.holes[k] = null;
        }
        write(run, i, -carried, 0, -n, CostBasis.ORIGINAL);
    }

    static void open(CostingRun run, int i) {
        CostingTape t = run.t;
        int k = t.key[i];
        SwitchLeg g = t.switches.get(i);
        long n = -t.derivedQty[t.feed[i]];
        int before = t.prevOfKey[g.firstOut()];
        long q0 = before == CostingTape.NONE ? 0 : t.qtyAfter[before];
        long v0 = before == CostingTape.NONE ? 0 : t.valueAfter[before];
        long share;
        if (g.lastOfOld()) {
            share = v0;
            for (int j : g.earlier()) {
                share -= t.amount[j];
            }
        } else if (q0 == 0) {
            share = 0;
        } else {
            share = q0 > 0 ? CostArithmetic.mulDivHalfUp(v0, n, q0) : CostArithmetic.mulDivHalfUp(-v0, n, -q0);
        }
        run.q[k] += n;
        run.v[k] = Math.addExact(run.v[k], share);
        long settlement = 0;
        CostBasis basis = CostBasis.SHARE;
        if (g.lastOfNew()) {
            settlement = settleOpening(run, i, k, g.intoNew(), n, share);
            if (settlement != 0) {
                basis = CostBasis.SETTLEMENT;
            }
        }
        run.refreshReference(k);
        write(run, i, share, settlement, n, basis);
    }

    /**
     * The opening of new key {@code k} once all its pairs are in: the pairs that bring negative stock owe it
     * as one hole, and the others fill that hole as an inbound fills one (spec 2.6): the units they cover are
     * settled (value share of the hole's provisional value when partly filled; the covering units' actual
     * cost when filled). Returns the settlement (the value the opening loses to it); a value left at zero
     * quantity is settled whole. The key's state becomes the opening and its hole list what remains owed.
     */
    private static long settleOpening(CostingRun run, int i, int k, int[] legs, long nOfI, long shareOfI) {
        CostingTape t = run.t;
        long pq = 0;
        long pv = 0;
        long nq = 0;
        long nv = 0;
        for (int j : legs) {
            long n = j == i ? nOfI : t.derivedQty[j];
            long a = j == i ? shareOfI : t.amount[j];
            if (n < 0) {
                nq += n;
                nv += a;
            } else {
                pq += n;
                pv += a;
            }
        }
        long accumulated = run.v[k];
        run.holes[k] = null;
        if (nq == 0) {
            if (run.q[k] == 0) {
                run.v[k] = 0;
            }
            return accumulated - run.v[k];
        }
        long owed = -nq;
        if (pq < owed) {
            long settledProvisional = pq == 0 ? 0 : CostArithmetic.mulDivHalfUp(-nv, pq, owed);
            run.v[k] = nv + settledProvisional;
            run.holes[k] = new HoleList();
            run.holes[k].add(i, owed - pq, -nv - settledProvisional);
        } else if (pq == owed) {
            run.v[k] = 0;
        } else {
            long actual = CostArithmetic.mulDivHalfUp(pv, owed, pq);
            run.v[k] = pv - actual;
        }
        return accumulated - run.v[k];
    }

    /** As {@link CostingRun#write}, leaving the physical slot as it was. */
    private static void write(CostingRun run, int i, long amount, long settlement, long signedQty, CostBasis basis) {
        run.write(i, amount, settlement, signedQty, basis);
        int s = run.t.slot[i];
        run.sq[s] -= signedQty;
        run.t.slotAfter[i] = run.sq[s];
    }
}
