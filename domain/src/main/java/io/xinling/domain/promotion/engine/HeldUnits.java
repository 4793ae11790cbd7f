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
     * An exclusive scheme that took {@code taken} on {@code units} whole units, fewer than the line's free units: those
     * units are held at their share of the free payable less what it took, and the rest of the line stays as it was
     * (no flag: the scheme's stacking flags are about its own units). False when it took every free unit or the line is
     * not of whole units: then the whole line is held, as by any exclusive scheme.
     */
    static boolean holdSome(LineLedger l, int i, long units, long taken, long freeBefore) {
        long free = l.freeUnits(i);
        if (l.units[i] <= 0 || l.locked[i] || units <= 0 || units >= free) {
            return false;
        }
        long share = Math.min(freeBefore, Math.max(taken, Amounts.mulDivHalfUp(freeBefore, units, free)));
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
        long freeFloor = unit == 0 ? 0 : Math.min(l.freeBase(i), Math.multiplyExact(unit, l.freeUnits(i)));
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
