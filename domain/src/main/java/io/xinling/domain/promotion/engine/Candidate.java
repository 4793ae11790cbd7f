package io.xinling.domain.promotion.engine;

import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.rule.RuleOutcome;

/** A scheme with the benefit it would give on its own. */
record Candidate(CompiledScheme k, RuleOutcome.Benefit benefit, long value) {

    static Candidate of(CompiledScheme k, RuleOutcome.Benefit benefit) {
        return new Candidate(k, benefit, benefit.total());
    }

    Scheme scheme() {
        return k.scheme;
    }
}
