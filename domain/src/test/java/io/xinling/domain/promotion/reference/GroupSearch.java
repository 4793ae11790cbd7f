package io.xinling.domain.promotion.reference;

import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.rule.LineShare;
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
        for (List<Candidate> order : orders) {
            Play p = play(run, order);
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
        Play best = play(run, items);
        for (int i = 1; i < Math.min(items.size(), 1 + IMPROVEMENT_MOVES); i++) {
            List<Candidate> moved = new ArrayList<>(items);
            moved.add(0, moved.remove(i));
            Play p = play(run, moved);
            if (p.total() > best.total()) {
                best = p;
            }
        }
        return best;
    }

    /** Plays schemes in order: each sees only the units the earlier ones left in its group. */
    static Play play(PricingRun run, List<Candidate> order) {
        long[] left = new long[run.ledger.size()];
        for (int i = 0; i < left.length; i++) {
            left[i] = run.wholeUnits(i);
        }
        List<Candidate> applied = new ArrayList<>();
        long total = 0;
        for (Candidate c : order) {
            RuleOutcome out = applied.isEmpty() ? c.benefit()
                    : c.scheme().rule().evaluate(run.input(c.scheme(), i -> left[i]));
            if (out instanceof RuleOutcome.Benefit b && b.total() > 0) {
                for (LineShare sh : b.shares()) {
                    left[sh.index()] = Math.max(0, left[sh.index()] - sh.units());
                }
                applied.add(Candidate.of(c.scheme(), b));
                total += b.total();
            }
        }
        return new Play(applied, total);
    }

    private static void reportLosers(PricingRun run, List<Candidate> component, Play best) {
        Scheme first = best.applied().isEmpty() ? null : best.applied().get(0).scheme();
        for (Candidate c : component) {
            boolean in = best.applied().stream().anyMatch(a -> a.scheme().id().equals(c.scheme().id()));
            if (!in && first != null) {
                run.lostTo(c.scheme(), first, best.applied().get(0).value());
            } else if (!in) {
                run.skip(c.scheme(), Reason.NO_BENEFIT, 0, "");
            }
        }
    }
}
