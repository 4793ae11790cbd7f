package io.xinling.domain.promotion.reference;

import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.Stage;
import io.xinling.domain.promotion.rule.RuleOutcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stages S3 to S8 and post-order: every scheme of the stage is evaluated on the same base (the payables
 * the previous stage left); inside an exclusion group one scheme wins the order; winners of different
 * groups add up, each capped by what is left on a line.
 */
final class OrderStage {

    private OrderStage() {
    }

    static void run(PricingRun run, Stage stage, List<Scheme> schemes) {
        Map<String, List<Candidate>> groups = new TreeMap<>();
        for (Scheme s : schemes) {
            var input = run.input(s, run::wholeUnits);
            if (s.rule() instanceof io.xinling.domain.promotion.rule.RoundingCharge rc) {
                run.roundingCharge += rc.upwardCharge(input);
            }
            RuleOutcome out = s.rule().evaluate(input);
            if (out instanceof RuleOutcome.Skip skip) {
                run.couponRefusedBy(s).ifPresentOrElse(by -> run.excludedBy(s, by), () -> run.skip(s, skip));
            } else if (out instanceof RuleOutcome.Benefit b) {
                run.withinBudget(s, b).ifPresent(ok ->
                        groups.computeIfAbsent(s.exclusionGroup(), g -> new ArrayList<>()).add(Candidate.of(s, ok)));
            }
        }
        for (List<Candidate> group : groups.values()) {
            group.sort(Selection.candidates(run.policy.selection()));
            for (int w = 0; w < group.size(); w++) {
                Candidate c = group.get(w);
                var won = run.withinBudget(c.scheme(), c.benefit());
                if (won.isPresent()) {
                    Candidate winner = Candidate.of(c.scheme(), won.get());
                    run.apply(winner.scheme(), winner.benefit());
                    for (int k = w + 1; k < group.size(); k++) {
                        run.lostTo(group.get(k).scheme(), winner.scheme(), winner.value());
                    }
                    break;
                }
            }
        }
        if (stage.reducesLines()) {
            run.clampAtFloor(stage);
        }
    }
}
