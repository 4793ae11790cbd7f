package io.xinling.domain.promotion.engine;

import io.xinling.domain.promotion.Stage;
import io.xinling.domain.promotion.rule.RuleInput;
import io.xinling.domain.promotion.rule.RuleOutcome;

import java.util.List;

/**
 * Stages S3 to S8 and post-order: every scheme of the stage is evaluated on the same base (the payables
 * the previous stage left); inside an exclusion group one scheme wins the order; winners of different
 * groups add up, each capped by what is left on a line, and each within what earlier winners left of its campaign's budget.
 */
final class OrderStage {

    private OrderStage() {
    }

    static void run(PricingRun run, Stage stage, List<CompiledScheme> schemes) {
        ByGroup groups = new ByGroup(run.coverage.groups, schemes);
        for (CompiledScheme k : schemes) {
            RuleInput input = run.input(k);
            if (k.roundingCharge != null) {
                run.roundingCharge += k.roundingCharge.upwardCharge(input);
            }
            RuleOutcome out = k.rule.evaluate(input);
            if (out instanceof RuleOutcome.Skip skip) {
                CompiledScheme refusedBy = CouponRefusal.of(run, k);
                if (refusedBy != null) {
                    run.excludedBy(k, refusedBy);
                } else {
                    run.skip(k, skip);
                }
            } else if (out instanceof RuleOutcome.Benefit b) {
                RuleOutcome.Benefit ok = run.withinBudget(k, b);
                if (ok != null) {
                    groups.add(Candidate.of(k, ok));
                }
            }
        }
        for (List<Candidate> group : groups.inOrder()) {
            group.sort(Selection.candidates(run.policy.selection()));
            // checked again as it wins: a campaign's budget may have gone to an earlier group's winner (then the next
            // candidate of the group gets its turn)
            int w = 0;
            RuleOutcome.Benefit won = null;
            while (w < group.size() && (won = run.withinBudget(group.get(w).k(), group.get(w).benefit())) == null) {
                w++;
            }
            if (won == null) {
                continue;
            }
            Candidate winner = won == group.get(w).benefit() ? group.get(w) : Candidate.of(group.get(w).k(), won);
            run.apply(winner.k(), winner.benefit(), winner.value());
            for (int k = w + 1; k < group.size(); k++) {
                run.lostTo(group.get(k).k(), winner.k(), winner.value());
            }
        }
        if (stage.reducesLines()) {
            run.clampAtFloor(stage);
        }
    }
}
