package io.xinling.domain.promotion.reference;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.promotion.Adjustment;
import io.xinling.domain.promotion.Cart;
import io.xinling.domain.promotion.CartLine;
import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.Stage;
import io.xinling.domain.promotion.rule.Amounts;
import io.xinling.domain.promotion.rule.LineView;
import io.xinling.domain.promotion.scheme.Stacking;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** The mutable per-line state of one pricing run: payables, flags and the adjustments frozen so far. */
final class LineLedger {

    final CartLine[] lines;
    final Currency currency;
    final long[] listUnit;
    final long[] baseUnit;
    final long[] baseAmount;
    final long[] payable;
    final long[] unitsAtPromo;
    final long[] units;
    /** Per line, the whole units groups, quantity thresholds and caps count: ⌊quantity⌋ ({@link Amounts#countedUnits}). */
    final long[] counted;
    final boolean[] special;
    final boolean[] locked;
    /** Per line, the units an exclusive scheme priced when it did not price them all, and what they pay (spec 3.6). */
    final long[] heldUnits;
    final long[] heldPay;
    final boolean[] noOrder;
    final boolean[] noCoupon;
    /** Per line, the first scheme that made it refuse coupons, else {@code null}. */
    final Scheme[] couponRefusedBy;
    final Scheme[] orderRefusedBy;
    final Scheme[] pointsRefusedBy;
    final boolean[] noPoints;
    /** Per line, whether an order promotion, a coupon or points took something off it (spec 3.3, both ways). */
    final boolean[] hadOrder;
    final boolean[] hadCoupon;
    final boolean[] hadPoints;
    final List<List<Adjustment>> adjustments;
    long defaultFloorBp;

    LineLedger(Cart cart, Currency currency) {
        int n = cart.lines().size();
        this.lines = cart.lines().toArray(new CartLine[0]);
        this.currency = currency;
        listUnit = new long[n];
        baseUnit = new long[n];
        baseAmount = new long[n];
        payable = new long[n];
        unitsAtPromo = new long[n];
        units = new long[n];
        counted = new long[n];
        special = new boolean[n];
        locked = new boolean[n];
        heldUnits = new long[n];
        heldPay = new long[n];
        noOrder = new boolean[n];
        noCoupon = new boolean[n];
        couponRefusedBy = new Scheme[n];
        orderRefusedBy = new Scheme[n];
        pointsRefusedBy = new Scheme[n];
        noPoints = new boolean[n];
        hadOrder = new boolean[n];
        hadCoupon = new boolean[n];
        hadPoints = new boolean[n];
        adjustments = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            listUnit[i] = lines[i].unitPrice().minor();
            units[i] = Amounts.wholeUnits(lines[i].quantity());
            counted[i] = units[i] > 0 ? units[i] : Amounts.countedUnits(lines[i].quantity());
            setBaseUnit(i, listUnit[i]);
            adjustments.add(new ArrayList<>(2));
        }
    }

    int size() {
        return lines.length;
    }

    void setBaseUnit(int i, long unit) {
        baseUnit[i] = unit;
        baseAmount[i] = units[i] > 0 ? Math.multiplyExact(unit, units[i]) : Amounts.times(unit, lines[i].quantity());
        payable[i] = baseAmount[i];
    }

    /** The floor amount of a line: floor unit × quantity, never above its base amount. */
    long floorAmount(int i) {
        long unit = floorUnit(i);
        if (unit == 0) {
            return 0;
        }
        long amount = units[i] > 0 ? Math.multiplyExact(unit, units[i]) : Amounts.times(unit, lines[i].quantity());
        return Math.min(baseAmount[i], amount);
    }

    long floorUnit(int i) {
        if (lines[i].floor() == io.xinling.domain.promotion.PriceFloor.NONE || lines[i].floor().isNone()) {
            return defaultFloorBp == 0 ? 0 : Amounts.mulDivFloor(baseUnit[i], defaultFloorBp, Amounts.BP);
        }
        return lines[i].floor().floorUnitMinor(Money.of(baseUnit[i], currency));
    }

    /** Whether an exclusive scheme holds some of the line's units but not all. */
    boolean partHeld(int i) {
        return heldUnits[i] > 0 && !locked[i];
    }

    long freeUnits(int i) {
        return partHeld(i) ? counted[i] - heldUnits[i] : counted[i];
    }

    long freePayable(int i) {
        return payable[i] - heldPay[i];
    }

    /** The line as later rules see it: the units no exclusive scheme holds, at what they pay. */
    LineView view(int i, long availableUnits) {
        if (!partHeld(i)) {
            return fullView(i, availableUnits);
        }
        long free = freeUnits(i);
        long pay = freePayable(i);
        if (units[i] == 0) {
            // a fractional line: its held whole units apart, the rest is a line of the quantity left
            Quantity q = freeQuantity(i);
            return new LineView(i, lines[i].withQuantity(q), Math.min(availableUnits, free), pay,
                    Amounts.times(baseUnit[i], q), baseUnit[i], Amounts.unitOf(pay, q), floorUnit(i), special[i], 0);
        }
        return new LineView(i, lines[i], Math.min(availableUnits, free), pay, baseUnit[i] * free, baseUnit[i],
                Amounts.mulDivHalfUp(pay, 1, free), floorUnit(i), special[i], free);
    }

    Quantity freeQuantity(int i) {
        return lines[i].quantity().minus(Quantity.of(heldUnits[i]));
    }

    /** How far the line is below its floor; a line held in part is checked as its free and its held units apart. */
    long belowFloor(int i) {
        if (!partHeld(i)) {
            return Math.max(0, floorAmount(i) - payable[i]);
        }
        long unit = floorUnit(i);
        long free = freeUnits(i);
        long freeFloor = unit == 0 ? 0 : units[i] > 0 ? Math.min(baseUnit[i] * free, unit * free)
                : Math.min(Amounts.times(baseUnit[i], freeQuantity(i)), Amounts.times(unit, freeQuantity(i)));
        return Math.max(0, freeFloor - freePayable(i)) + heldBelowFloor(i);
    }

    long heldBelowFloor(int i) {
        if (!partHeld(i)) {
            return 0;
        }
        long unit = floorUnit(i);
        long floor = unit == 0 ? 0 : Math.min(baseUnit[i], unit) * heldUnits[i];
        return Math.max(0, floor - heldPay[i]);
    }

    /** The line with all its units, held ones too. */
    LineView fullView(int i, long availableUnits) {
        return new LineView(i, lines[i], availableUnits, payable[i], baseAmount[i], baseUnit[i],
                units[i] > 0 ? Amounts.mulDivHalfUp(payable[i], 1, units[i]) : Amounts.unitOf(payable[i], lines[i].quantity()),
                floorUnit(i), special[i], units[i]);
    }

    /** Takes up to {@code amount} off line {@code i}, records it, and returns what was taken. */
    long take(int i, Scheme scheme, long amount, long units, String basis, long points) {
        boolean whole = scheme.rule() instanceof io.xinling.domain.promotion.rule.SeesWholeOrder;
        long taken = Math.min(amount, whole || !partHeld(i) ? payable[i] : freePayable(i));
        if (taken <= 0) {
            return 0;
        }
        long freeBefore = freePayable(i);
        long freeUnitsBefore = freeUnits(i);
        Quantity freeQuantityBefore = freeQuantity(i);
        payable[i] -= taken;
        long pts = points == 0 || taken == amount ? points : Amounts.mulDivFloor(points, taken, amount);
        adjustments.get(i).add(new Adjustment(scheme.id(), scheme.version(), scheme.type(), scheme.stage(),
                scheme.exclusionGroup(), Money.of(taken, currency), units, basis, scheme.label(), pts));
        boolean some = this.units[i] > 0 ? units < freeUnitsBefore
                : Quantity.of(units).compareTo(freeQuantityBefore) < 0;
        if (scheme.stacking().exclusive() && !locked[i] && units > 0 && some) {
            // an exclusive scheme on some of the free units (or whole units of a fractional line, less than its
            // quantity) holds just those, and the rest of the line is untouched
            long part = this.units[i] > 0 ? Amounts.mulDivHalfUp(freeBefore, units, freeUnitsBefore)
                    : Amounts.partOf(freeBefore, units, freeQuantityBefore);
            long share = Math.min(freeBefore, Math.max(taken, part));
            heldUnits[i] += units;
            heldPay[i] += share - taken;
            return taken;
        }
        heldPay[i] = Math.min(heldPay[i], payable[i]);
        markTouched(i, scheme);
        return taken;
    }

    private void markTouched(int i, Scheme scheme) {
        Stacking s = scheme.stacking();
        if (scheme.rule().setsSpecialPrice()) {
            special[i] = true;
        }
        locked[i] |= s.exclusive();
        switch (scheme.stage()) {
            case S3_ORDER_THRESHOLD -> hadOrder[i] = true;
            case S4_COUPON -> hadCoupon[i] = true;
            case S6_POINTS -> hadPoints[i] = true;
            default -> { }
        }
        if (!s.stacksWithOrderPromotions() && !noOrder[i]) {
            noOrder[i] = true;
            orderRefusedBy[i] = scheme;
        }
        if (!s.stacksWithCoupons() && !noCoupon[i]) {
            noCoupon[i] = true;
            couponRefusedBy[i] = scheme;
        }
        if (!s.stacksWithPoints() && !noPoints[i]) {
            noPoints[i] = true;
            pointsRefusedBy[i] = scheme;
        }
    }

    /** Gives back {@code amount} of the stage's adjustments on a line, latest first; returns what came back. */
    long giveBack(int i, Stage stage, long amount, long toHeld) {
        List<Adjustment> list = adjustments.get(i);
        long left = amount;
        for (int k = list.size() - 1; k >= 0 && left > 0; k--) {
            Adjustment a = list.get(k);
            if (a.stage() != stage) {
                continue;
            }
            long back = Math.min(left, a.amount().minor());
            left -= back;
            Money rest = a.amount().minus(Money.of(back, currency));
            if (rest.isZero()) {
                list.remove(k);
            } else {
                list.set(k, new Adjustment(a.schemeId(), a.version(), a.ruleType(), a.stage(), a.exclusionGroup(), rest,
                        a.units(), a.basis() + "; clamped at floor", a.label(), a.points()));
            }
        }
        payable[i] += amount - left;
        if (partHeld(i)) {
            heldPay[i] += Math.min(amount - left, toHeld);
        }
        return amount - left;
    }

    long totalPayable() {
        long sum = 0;
        for (long p : payable) {
            sum += p;
        }
        return sum;
    }
}
