package io.xinling.domain.promotion.engine;

import io.xinling.domain.promotion.Stage;
import io.xinling.domain.promotion.rule.RuleInput;
import io.xinling.domain.promotion.rule.RuleOutcome;

import java.util.List;

/**
 * Stages S3 to S8 and post-order: every scheme of the stage is evaluated on the same base (the payables
 * the previous stage left); inside an exclusion group one scheme wins the order; winners of different
 * groups add up, each capped by what is left on a line.
 */
final class OrderStage {

    private OrderStage() {
    }

    static void run(PricingRun run, Stage stage, List<CompiledScheme> schemes) {
        ByGroup groups = new ByGroup(run.coverage.groups);
        for (CompiledScheme k : schemes) {
            RuleInput input = run.input(k);
            if (k.roundingCharge != null) {
                run.roundingCharge += k.roundingCharge.upwardCharge(input);
            }
            RuleOutcome out = k.rule.evaluate(input);
            if (out instanceof RuleOutcome.Skip skip) {
                run.skip(k, skip);
            } else if (out instanceof RuleOutcome.Benefit b) {
                RuleOutcome.Benefit ok = run.withinBudget(k, b);
                if (ok != null) {
                    groups.add(Candidate.of(k, ok));
                }
            }
        }
        for (List<Candidate> group : groups.inOrder()) {
            group.sort(Selection.candidates(run.policy.selection()));
            Candidate winner = group.get(0);
            run.apply(winner.k(), winner.benefit());
            for (int k = 1; k < group.size(); k++) {
                run.lostTo(group.get(k).k(), winner.k(), winner.value());
            }
        }
        if (stage.reducesLines()) {
            run.clampAtFloor(stage);
        }
    }
}
