package io.xinling.domain.promotion.engine;

import io.xinling.domain.promotion.Stage;
import io.xinling.domain.promotion.rule.LineShare;
import io.xinling.domain.promotion.rule.LineShares;
import io.xinling.domain.promotion.rule.RuleOutcome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Stage S2 (item groups): units are consumed per exclusion group (spec 3.6). Schemes whose units overlap
 * form a component; a component is searched exhaustively over scheme orders when small, otherwise
 * greedily by standalone benefit with one move-to-front improvement pass (spec 3.4). Groups add up.
 */
final class GroupStage {

    private GroupStage() {
    }

    static void run(PricingRun run, List<CompiledScheme> schemes) {
        ByGroup groups = new ByGroup(run.coverage.groups, schemes);
        for (CompiledScheme k : schemes) {
            RuleOutcome out = run.tooFewUnits(k);
            if (out == null) {
                out = k.rule.evaluate(run.input(k));
            }
            if (out instanceof RuleOutcome.Skip skip) {
                run.skip(k, skip);
            } else if (out instanceof RuleOutcome.Benefit b) {
                groups.add(Candidate.of(k, b));
            }
        }
        List<Candidate> chosen = new ArrayList<>();
        for (List<Candidate> group : groups.inOrder()) {
            group.sort(Selection.candidates(run.policy.selection()));
            for (List<Candidate> component : components(group, run.ledger.size())) {
                chosen.addAll(GroupSearch.choose(run, component));
            }
        }
        for (Candidate c : chosen) {
            RuleOutcome.Benefit b = run.withinBudget(c.k(), c.benefit());
            if (b != null) {
                run.apply(c.k(), b, b == c.benefit() ? c.value() : b.total());
            }
        }
        run.clampAtFloor(Stage.S2_ITEM_GROUP);
    }

    /**
     * Splits candidates into sets that share no line (union-find over the lines each one consumes), in the
     * order of their root candidate.
     */
    static List<List<Candidate>> components(List<Candidate> group, int lines) {
        int n = group.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        int[] ownerOfLine = new int[lines];
        Arrays.fill(ownerOfLine, -1);
        for (int i = 0; i < n; i++) {
            List<LineShare> shares = group.get(i).benefit().shares();
            for (int j = 0; j < shares.size(); j++) {
                int line = LineShares.index(shares, j);
                int other = ownerOfLine[line];
                if (other < 0) {
                    ownerOfLine[line] = i;
                } else {
                    parent[find(parent, i)] = find(parent, other);
                }
            }
        }
        // sizes first: most candidates share no line with another, and a component of one is List.of(it)
        int[] size = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            parent[i] = find(parent, i);
            if (size[parent[i]]++ == 0) {
                count++;
            }
        }
        List<List<Candidate>> out = new ArrayList<>(count);
        if (count == n) {
            for (int i = 0; i < n; i++) {
                out.add(List.of(group.get(i)));
            }
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Candidate>[] byRoot = new List[n];
        for (int i = 0; i < n; i++) {
            int root = parent[i];
            if (size[root] == 1) {
                byRoot[root] = List.of(group.get(i));
            } else {
                if (byRoot[root] == null) {
                    byRoot[root] = new ArrayList<>(size[root]);
                }
                byRoot[root].add(group.get(i));
            }
        }
        for (List<Candidate> component : byRoot) {
            if (component != null) {
                out.add(component);
            }
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
