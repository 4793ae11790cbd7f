package io.xinling.domain.promotion.engine;

import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.rule.LineShare;
import io.xinling.domain.promotion.rule.LineShares;
import io.xinling.domain.promotion.rule.RuleOutcome;

import java.util.ArrayList;
import java.util.List;

/**
 * The deterministic global choice for overlapping group schemes: each order of schemes is played out
 * with unit consumption, and the order giving the customer the most wins (ties: the earlier order in
 * selection order). Exhaustive over all orders up to the policy's limit, else greedy plus one pass that
 * tries moving each of the next best schemes to the front. Losers are reported with the scheme that took their units.
 */
final class GroupSearch {

    /** How many schemes the improvement pass tries moving to the front (the best standalone ones). */
    static final int IMPROVEMENT_MOVES = 3;

    private GroupSearch() {
    }

    record Play(List<Candidate> applied, long total) {
    }

    static List<Candidate> choose(PricingRun run, List<Candidate> component) {
        if (component.size() == 1) {
            return component;
        }
        Play best;
        if (component.size() <= run.policy.exhaustiveLimit()) {
            run.groupSearch = "EXHAUSTIVE";
            best = exhaustive(run, component);
        } else {
            run.groupSearch = "GREEDY";
            best = greedy(run, component);
        }
        reportLosers(run, component, best);
        return best.applied();
    }

    private static Play exhaustive(PricingRun run, List<Candidate> items) {
        List<List<Candidate>> orders = new ArrayList<>();
        permute(new ArrayList<>(items), 0, orders);
        Play best = null;
        Memo memo = new Memo(run);
        for (List<Candidate> order : orders) {
            Play p = play(run, order, memo);
            if (best == null || p.total() > best.total()) {
                best = p;
            }
        }
        return best;
    }

    private static void permute(List<Candidate> items, int k, List<List<Candidate>> out) {
        if (k == items.size()) {
            out.add(List.copyOf(items));
            return;
        }
        for (int i = k; i < items.size(); i++) {
            java.util.Collections.swap(items, k, i);
            permute(items, k + 1, out);
            java.util.Collections.swap(items, k, i);
        }
    }

    private static Play greedy(PricingRun run, List<Candidate> items) {
        Memo memo = new Memo(run);
        Play best = play(run, items, memo);
        for (int i = 1; i < Math.min(items.size(), 1 + IMPROVEMENT_MOVES); i++) {
            List<Candidate> moved = new ArrayList<>(items);
            moved.add(0, moved.remove(i));
            Play p = play(run, moved, memo);
            if (p.total() > best.total()) {
                best = p;
            }
        }
        return best;
    }

    /**
     * What each scheme's rule gave for the units left on the lines it sees, across the plays of one
     * search: rules are pure, so the same units on the same lines give the same outcome. Seeded with the
     * standalone benefit for all units available.
     */
    static final class Memo {
        private final PricingRun run;
        /**
         * The slots of the candidates seen so far, by identity: a component has few candidates, so a scan of
         * two arrays beats hashing them.
         */
        private Candidate[] keys = new Candidate[8];
        private Slot[] slots = new Slot[8];
        private int size;

        /** The units left on each line while one order is played (the plays of a search run one after another). */
        private long[] left;

        Memo(PricingRun run) {
            this.run = run;
        }

        /** The search's array of units left per line, for the next play to fill. */
        long[] left() {
            if (left == null) {
                left = new long[run.ledger.size()];
            }
            return left;
        }

        private static final class Slot {
            final int[] lines;
            final List<long[]> states = new ArrayList<>(4);
            final List<RuleOutcome> outcomes = new ArrayList<>(4);

            Slot(int[] lines) {
                this.lines = lines;
            }
        }

        private Slot slotOf(Candidate c) {
            for (int j = 0; j < size; j++) {
                if (keys[j] == c) {
                    return slots[j];
                }
            }
            return null;
        }

        private void put(Candidate c, Slot slot) {
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, 2 * size);
                slots = java.util.Arrays.copyOf(slots, 2 * size);
            }
            keys[size] = c;
            slots[size++] = slot;
        }

        /**
         * The outcome for {@code left[i]} units left on each line i; {@code leftMask} has the bits of the lines
         * with units left (carts of up to 64 lines, else ignored).
         */
        RuleOutcome outcome(Candidate c, long[] left, long leftMask) {
            if (c.k().needsUnits && run.small() && (run.seenMask(c.k()) & leftMask) == 0) {
                return NO_UNITS;
            }
            Slot slot = slotOf(c);
            if (slot == null) {
                slot = new Slot(run.seenLines(c.k()));
                long[] all = new long[slot.lines.length];
                for (int j = 0; j < all.length; j++) {
                    all[j] = run.wholeUnits(slot.lines[j]);
                }
                slot.states.add(all);
                slot.outcomes.add(c.benefit());
                put(c, slot);
            }
            if (c.k().needsUnits && none(slot.lines, left)) {
                return NO_UNITS;
            }
            for (int k = 0; k < slot.states.size(); k++) {
                if (same(slot.states.get(k), slot.lines, left)) {
                    return slot.outcomes.get(k);
                }
            }
            long[] state = new long[slot.lines.length];
            for (int j = 0; j < state.length; j++) {
                state[j] = left[slot.lines[j]];
            }
            RuleOutcome out = c.k().rule.evaluate(run.input(c.k(), left));
            slot.states.add(state);
            slot.outcomes.add(out);
            return out;
        }
    }

    /** What a rule that needs units gives when every line it sees is used up. */
    private static final RuleOutcome NO_UNITS = new RuleOutcome.Skip(Reason.NO_BENEFIT, 0, "", List.of());

    private static boolean none(int[] lines, long[] left) {
        for (int line : lines) {
            if (left[line] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(long[] state, int[] lines, long[] left) {
        for (int j = 0; j < lines.length; j++) {
            if (state[j] != left[lines[j]]) {
                return false;
            }
        }
        return true;
    }

    /** Plays schemes in order: each sees only the units the earlier ones left in its group. */
    static Play play(PricingRun run, List<Candidate> order, Memo memo) {
        int n = run.ledger.size();
        long[] left = memo.left();
        long leftMask = 0;
        for (int i = 0; i < n; i++) {
            left[i] = run.wholeUnits(i);
            leftMask |= left[i] > 0 && i < 64 ? 1L << i : 0;
        }
        List<Candidate> applied = new ArrayList<>();
        long total = 0;
        for (Candidate c : order) {
            RuleOutcome out = applied.isEmpty() ? c.benefit() : memo.outcome(c, left, leftMask);
            if (out instanceof RuleOutcome.Benefit b) {
                long value = b == c.benefit() ? c.value() : b.total();
                if (value <= 0) {
                    continue;
                }
                List<LineShare> shares = b.shares();
                for (int j = 0; j < shares.size(); j++) {
                    int i = LineShares.index(shares, j);
                    left[i] = Math.max(0, left[i] - LineShares.units(shares, j));
                    if (left[i] == 0 && i < 64) {
                        leftMask &= ~(1L << i);
                    }
                }
                applied.add(b == c.benefit() ? c : new Candidate(c.k(), b, value));
                total += value;
            }
        }
        return new Play(applied, total);
    }

    private static void reportLosers(PricingRun run, List<Candidate> component, Play best) {
        CompiledScheme first = best.applied().isEmpty() ? null : best.applied().get(0).k();
        boolean[] in = new boolean[run.coverage.ids];
        for (Candidate a : best.applied()) {
            in[run.coverage.id(a.k())] = true;
        }
        for (Candidate c : component) {
            if (in[run.coverage.id(c.k())]) {
                continue;
            }
            if (first != null) {
                run.lostTo(c.k(), first, best.applied().get(0).value());
            } else {
                run.skip(c.k(), Reason.NO_BENEFIT, 0, "");
            }
        }
    }
}
