package io.xinling.domain.promotion.engine;

import io.xinling.domain.promotion.rule.Amounts;

/**
 * The units of a line an exclusive scheme holds when it priced only some of them (秒杀 or 特价 up to its 限购; spec 3.6):
 * how they come to be held, and the price-floor guard (spec 2.42) on such a line, which is two lines to it, its free
 * units and its held units, each against its own floor, so neither part's margin covers the other's shortfall.
 */
final class HeldUnits {

    private HeldUnits() {
    }

    /**
     * An exclusive scheme that took {@code taken} on {@code units} whole units, fewer than the line's free quantity: those
     * units are held at their share of the free payable less what it took, and the rest of the line stays as it was
     * (no flag: the scheme's stacking flags are about its own units). False when it took the whole free quantity: then
     * the whole line is held, as by any exclusive scheme.
     * <p>
     * A line of fractional quantity is split the same way (spec 2.1, 3.6): 2.5 kg under a 限购 of 2 holds the 2 kg the
     * scheme priced, and the 0.5 kg left at its own price stays in the later stages (thresholds, coupons, order
     * promotions, points), as a merchant who capped the promotional units expects of the units beyond the cap. A cap
     * that covers the whole fractional quantity (⌈q⌉ units, spec 2.1) holds the whole line.
     */
    static boolean holdSome(LineLedger l, int i, long units, long taken, long freeBefore) {
        long free = l.freeUnits(i);
        boolean whole = l.units[i] > 0;
        // a fractional line's free quantity is more than its free counted units: holding all of those still leaves a fraction
        if (l.locked[i] || units <= 0 || (whole ? units >= free : units > free)) {
            return false;
        }
        long part = whole ? Amounts.mulDivHalfUp(freeBefore, units, free) : Amounts.partOf(freeBefore, units, l.freeQuantity(i));
        long share = Math.min(freeBefore, Math.max(taken, part));
        if (l.lockedUnits == null) {
            l.lockedUnits = new long[l.size()];
            l.lockedPay = new long[l.size()];
        }
        l.lockedUnits[i] += units;
        l.lockedPay[i] += share - taken;
        return true;
    }

    /**
     * How far line i is below its floor. A line an exclusive scheme holds in part is two, each against its own floor:
     * its free units, and its held units ({@link #heldBelowFloor}; put right in the stage that held them, 0 after).
     */
    static long belowFloor(LineLedger l, int i) {
        if (!l.split(i)) {
            return Math.max(0, l.floorAmount(i) - l.payable[i]);
        }
        long unit = l.floorUnit(i);
        long freeFloor = unit == 0 ? 0 : Math.min(l.freeBase(i), l.units[i] > 0 ? Math.multiplyExact(unit, l.freeUnits(i))
                : Amounts.times(unit, l.freeQuantity(i)));
        return Math.max(0, freeFloor - l.freePayable(i)) + heldBelowFloor(l, i);
    }

    /** How far the units an exclusive scheme holds of line i are below their floor (0 if it holds none). */
    static long heldBelowFloor(LineLedger l, int i) {
        if (!l.split(i)) {
            return 0;
        }
        long unit = l.floorUnit(i);
        long held = l.lockedUnits[i];
        long floor = unit == 0 ? 0 : Math.min(Math.multiplyExact(l.baseUnit[i], held), Math.multiplyExact(unit, held));
        return Math.max(0, floor - l.lockedPay[i]);
    }
}
