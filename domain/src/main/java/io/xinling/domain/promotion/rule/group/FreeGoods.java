package io.xinling.domain.promotion.rule.group;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Reason;

import java.util.ArrayList;
import java.util.List;

/** The "add free units" primitive: per N units of a line, M free units (of the same or another SKU) on a gift line. */
final class FreeGoods {

    private FreeGoods() {
    }

    /** The skip of {@link #add} when the lines hold fewer than {@code n} units in all (no line has a group), else null. */
    static RuleOutcome.Skip tooFew(long units, long n, long m) {
        return units < n ? notReached(n, m) : null;
    }

    private static RuleOutcome.Skip notReached(long n, long m) {
        return RuleOutcome.skip(Reason.THRESHOLD_NOT_MET, "每" + n + "件送" + m + "件，数量未达到");
    }

    static RuleOutcome add(RuleInput in, long n, long m, long maxGroups, String freeSku, long freeValue, String type) {
        List<GiftGrant> gifts = new ArrayList<>();
        List<LineShare> consumed = new ArrayList<>();
        String trigger = null;
        long groupsLeft = maxGroups;
        for (LineView v : in.lines()) {
            long groups = Math.min(v.units() / n, groupsLeft);
            if (groups <= 0) {
                continue;
            }
            groupsLeft -= groups;
            long value = freeValue >= 0 ? freeValue : v.baseUnit();
            gifts.add(new GiftGrant(freeSku == null ? v.sku() : freeSku, Math.multiplyExact(groups, m), value));
            trigger = trigger == null ? type + " trigger" : trigger;
            consumed.add(LineShare.of(v.index(), 0, groups * n, trigger));
        }
        if (gifts.isEmpty()) {
            return notReached(n, m);
        }
        return new RuleOutcome.Benefit(consumed, gifts, 0, maxGroups - groupsLeft, "per " + n + " get " + m + " free",
                List.of(), List.of(), 0, List.of());
    }
}
