package io.xinling.domain.promotion.reference;

import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.rule.RuleOutcome;

/** A scheme with the benefit it would give on its own. */
record Candidate(Scheme scheme, RuleOutcome.Benefit benefit, long value) {

    static Candidate of(Scheme scheme, RuleOutcome.Benefit benefit) {
        return new Candidate(scheme, benefit, benefit.total());
    }
}
