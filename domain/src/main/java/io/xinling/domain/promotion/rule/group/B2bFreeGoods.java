package io.xinling.domain.promotion.rule.group;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Stage;

/**
 * 2.40 订货搭赠 (10+1): per N units ordered, M units of the same SKU (or {@code freeSku} at {@code freeValue})
 * free on a gift line, floored to whole units.
 */
public record B2bFreeGoods(long n, long m, String freeSku, long freeValue) implements Rule {

    public B2bFreeGoods {
        if (n < 1 || m < 1) {
            throw new IllegalArgumentException("n and m must be positive");
        }
    }

    @Override public String type() { return "b2b_free_goods"; }

    @Override public Stage stage() { return Stage.S2_ITEM_GROUP; }

    @Override public boolean needsUnits() { return true; }

    @Override
    public RuleOutcome.Skip tooFewUnits(long units) {
        return FreeGoods.tooFew(units, n, m);
    }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        RuleOutcome.Skip few = tooFewUnits(in.unitCount());
        if (few != null) {
            return few;
        }
        return FreeGoods.add(in, n, m, in.usesCap(), freeSku, freeSku == null ? -1 : freeValue, type());
    }
}
