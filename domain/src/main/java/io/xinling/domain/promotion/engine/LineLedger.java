package io.xinling.domain.promotion.engine;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.promotion.Cart;
import io.xinling.domain.promotion.CartLine;
import io.xinling.domain.promotion.Stage;
import io.xinling.domain.promotion.rule.Amounts;
import io.xinling.domain.promotion.rule.LineView;

import java.util.Currency;

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
    /**
     * Per line that an exclusive scheme took only in part (秒杀 or 特价 up to its 限购): the units it
     * holds and what they pay. Those units take nothing else (spec 3.6); the line's other units stay in every later
     * stage at their own price, seen as a line of the free units ({@link #freeUnits}, {@link #freePayable}). Both
     * {@code null} until such a scheme holds units of some line.
     */
    long[] lockedUnits;
    long[] lockedPay;
    final boolean[] noOrder;
    /** Per line, the first scheme that made it refuse order promotions ({@code noOrder}): the EXCLUDED_BY of an S3 scheme. */
    final CompiledScheme[] orderRefusedBy;
    final boolean[] noCoupon;
    /** Per line, the first scheme that made it refuse coupons ({@code noCoupon}), else {@code null}: the EXCLUDED_BY of a coupon. */
    final CompiledScheme[] couponRefusedBy;
    final boolean[] noPoints;
    /** Per line, the first scheme that made it refuse points ({@code noPoints}): the EXCLUDED_BY of an S6 scheme. */
    final CompiledScheme[] pointsRefusedBy;
    /**
     * Per line, whether an order promotion (S3), a coupon (S4) or points (S6) took something off it: a later-stage
     * scheme that does not stack with that kind of benefit leaves the line alone (spec 3.3, the flags work both ways).
     */
    final boolean[] hadOrder;
    final boolean[] hadCoupon;
    final boolean[] hadPoints;
    /** Per line, what each scheme took so far, in order (frozen into adjustments by the result). */
    final Takings taken;
    private long defaultFloorBp;
    /** Σ payable, kept up to date by every change of a payable. */
    private long totalPayable;
    /**
     * Each line's floor unit price and floor amount (also as money, for the clamps that report it), worked out
     * when first asked after its base price or the default floor changed.
     */
    private final long[] floorUnit;
    private final long[] floorAmount;
    private final Money[] floorMoney;
    private final boolean[] floorKnown;
    /** Bumped on every change a {@link LineView} can see; {@code changedAt[i]}: the version of line i's last change. */
    int version;
    final int[] changedAt;

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
        noOrder = new boolean[n];
        orderRefusedBy = new CompiledScheme[n];
        noCoupon = new boolean[n];
        couponRefusedBy = new CompiledScheme[n];
        noPoints = new boolean[n];
        pointsRefusedBy = new CompiledScheme[n];
        hadOrder = new boolean[n];
        hadCoupon = new boolean[n];
        hadPoints = new boolean[n];
        taken = new Takings(n);
        changedAt = new int[n];
        floorUnit = new long[n];
        floorAmount = new long[n];
        floorMoney = new Money[n];
        floorKnown = new boolean[n];
        for (int i = 0; i < n; i++) {
            listUnit[i] = lines[i].unitPrice().minor();
            units[i] = Amounts.wholeUnits(lines[i].quantity());
            counted[i] = units[i] > 0 ? units[i] : Amounts.countedUnits(lines[i].quantity());
            setBaseUnit(i, listUnit[i]);
        }
    }

    private void changed(int i) {
        version++;
        changedAt[i] = version;
    }

    /** Raises the floor of lines without their own to {@code bp} of their base unit price (2.42); every view carries it. */
    void raiseDefaultFloor(long bp) {
        if (bp <= defaultFloorBp) {
            return;
        }
        defaultFloorBp = bp;
        java.util.Arrays.fill(floorKnown, false);
        version++;
        java.util.Arrays.fill(changedAt, version);
    }

    int size() {
        return lines.length;
    }

    void setBaseUnit(int i, long unit) {
        changed(i);
        floorKnown[i] = false;
        baseUnit[i] = unit;
        baseAmount[i] = units[i] > 0 ? Math.multiplyExact(unit, units[i]) : Amounts.times(unit, lines[i].quantity());
        totalPayable += baseAmount[i] - payable[i];
        payable[i] = baseAmount[i];
    }

    /** The floor amount of a line: floor unit × quantity, never above its base amount. */
    long floorAmount(int i) {
        knowFloor(i);
        return floorAmount[i];
    }

    /** {@link #floorAmount} as money. */
    Money floorMoney(int i) {
        knowFloor(i);
        return floorMoney[i];
    }

    /** {@code unit} × the line's quantity, saturating (the floor is capped at the base amount anyway). */
    private long unitsAt(int i, long unit) {
        if (units[i] > 0) {
            return Math.multiplyHigh(unit, units[i]) == 0 && unit * units[i] >= 0 ? unit * units[i] : Long.MAX_VALUE;
        }
        return unit > baseUnit[i] ? Long.MAX_VALUE : Amounts.times(unit, lines[i].quantity());
    }

    long floorUnit(int i) {
        knowFloor(i);
        return floorUnit[i];
    }

    private void knowFloor(int i) {
        if (floorKnown[i]) {
            return;
        }
        long unit = lines[i].floor() == io.xinling.domain.promotion.PriceFloor.NONE || lines[i].floor().isNone()
                ? defaultFloorBp == 0 ? 0 : Amounts.mulDivFloor(baseUnit[i], defaultFloorBp, Amounts.BP)
                : lines[i].floor().floorUnitMinor(Money.of(baseUnit[i], currency));
        floorUnit[i] = unit;
        floorAmount[i] = unit == 0 ? 0 : Math.min(baseAmount[i], unitsAt(i, unit));
        floorMoney[i] = Money.of(floorAmount[i], currency);
        floorKnown[i] = true;
    }

    LineView view(int i, long availableUnits) {
        if (split(i)) {
            long free = freeUnits(i);
            long pay = freePayable(i);
            if (units[i] == 0) {
                // the fraction beyond the held units: a line of that quantity to the rules (HeldUnits.holdSome)
                Quantity q = freeQuantity(i);
                return new LineView(i, lines[i].withQuantity(q), Math.min(availableUnits, free), pay, freeBase(i),
                        baseUnit[i], Amounts.unitOf(pay, q), floorUnit(i), special[i], 0);
            }
            return new LineView(i, lines[i], Math.min(availableUnits, free), pay, freeBase(i), baseUnit[i],
                    Amounts.mulDivHalfUp(pay, 1, free), floorUnit(i), special[i], free);
        }
        return wholeView(i, availableUnits);
    }

    /** Line i with all its units, those an exclusive scheme holds too (what 抹零 sees). */
    LineView wholeView(int i, long availableUnits) {
        return new LineView(i, lines[i], availableUnits, payable[i], baseAmount[i], baseUnit[i],
                units[i] == 1 ? payable[i]
                        : units[i] > 0 ? Amounts.mulDivHalfUp(payable[i], 1, units[i]) : Amounts.unitOf(payable[i], lines[i].quantity()),
                floorUnit(i), special[i], units[i]);
    }

    /** Whether an exclusive scheme holds some units of line i but not all: rules see the line's other units only. */
    boolean split(int i) {
        return lockedUnits != null && lockedUnits[i] > 0 && !locked[i];
    }

    /** The whole units of line i that no exclusive scheme holds. */
    long freeUnits(int i) {
        return lockedUnits == null ? counted[i] : counted[i] - lockedUnits[i];
    }

    /** The payable of the units of line i that no exclusive scheme holds. */
    long freePayable(int i) {
        return lockedPay == null ? payable[i] : payable[i] - lockedPay[i];
    }

    long freeBase(int i) {
        if (lockedUnits == null || lockedUnits[i] == 0) {
            return baseAmount[i];
        }
        return units[i] > 0 ? Math.multiplyExact(baseUnit[i], freeUnits(i)) : Amounts.times(baseUnit[i], freeQuantity(i));
    }

    /** The quantity of line i that no exclusive scheme holds (its whole quantity when none holds part of it). */
    Quantity freeQuantity(int i) {
        return lockedUnits == null || lockedUnits[i] == 0 ? lines[i].quantity()
                : lines[i].quantity().minus(Quantity.of(lockedUnits[i]));
    }

    /** The whole units a view of line i with its free units shows as the line's ({@code 0}: a fractional quantity). */
    private long freeLineUnits(int i) {
        return units[i] > 0 ? freeUnits(i) : 0;
    }

    /**
     * Whether {@code v}, a view of line {@code i} with all its free units, still shows the line as it is now: the
     * same payable, base and floor, and special-price flag (the reference unit price follows from the payable).
     */
    boolean looksSame(int i, LineView v) {
        boolean split = split(i);
        return v.payable() == (split ? freePayable(i) : payable[i]) && v.baseAmount() == (split ? freeBase(i) : baseAmount[i])
                && v.baseUnit() == baseUnit[i] && v.specialPriced() == special[i] && v.floorUnit() == floorUnit(i)
                && v.units() == (split ? freeUnits(i) : counted[i]) && v.lineUnits() == (split ? freeLineUnits(i) : units[i]);
    }

    /**
     * Takes up to {@code amount} off line {@code i} (never more than its payable, nor than its free units' payable when an
     * exclusive scheme holds some: but for 抹零) and records what was taken.
     */
    void take(int i, CompiledScheme k, long amount, long units, String basis, long points) {
        long taken = Math.min(amount, k.wholeOrder || !split(i) ? payable[i] : freePayable(i));
        if (taken <= 0) {
            return;
        }
        changed(i);
        long freeBefore = freePayable(i);
        payable[i] -= taken;
        totalPayable -= taken;
        long pts = points == 0 || taken == amount ? points : Amounts.mulDivFloor(points, taken, amount);
        this.taken.add(i, k, taken, units, basis, pts);
        if (k.exclusive && HeldUnits.holdSome(this, i, units, taken, freeBefore)) {
            return;
        }
        // the free units pay first: units an exclusive scheme holds only give up what the rest of the line cannot
        if (lockedPay != null) {
            lockedPay[i] = Math.min(lockedPay[i], payable[i]);
        }
        markTouched(i, k);
    }

    private void markTouched(int i, CompiledScheme k) {
        if (k.specialPrice) {
            special[i] = true;
        }
        locked[i] |= k.exclusive;
        switch (k.stage) {
            case S3_ORDER_THRESHOLD -> hadOrder[i] = true;
            case S4_COUPON -> hadCoupon[i] = true;
            case S6_POINTS -> hadPoints[i] = true;
            default -> { }
        }
        if (!k.stacksWithOrder && !noOrder[i]) {
            noOrder[i] = true;
            orderRefusedBy[i] = k;
        }
        if (!k.stacksWithCoupons && !noCoupon[i]) {
            noCoupon[i] = true;
            couponRefusedBy[i] = k;
        }
        if (!k.stacksWithPoints && !noPoints[i]) {
            noPoints[i] = true;
            pointsRefusedBy[i] = k;
        }
    }

    /** Whether {@code k}, of a later stage, does not stack with an earlier order promotion, coupon or points on line i. */
    boolean refusesEarlier(CompiledScheme k, int i) {
        int st = k.stage.ordinal();
        return !k.stacksWithOrder && hadOrder[i] && st > Stage.S3_ORDER_THRESHOLD.ordinal()
                || !k.stacksWithCoupons && hadCoupon[i] && st > Stage.S4_COUPON.ordinal()
                || !k.stacksWithPoints && hadPoints[i] && st > Stage.S6_POINTS.ordinal();
    }

    /**
     * Gives back {@code amount} of the stage's adjustments on a line, latest first; returns what came back. Of a line an
     * exclusive scheme holds in part, the held units take back up to {@code toHeld} (what they are below their floor).
     */
    long giveBack(int i, Stage stage, long amount, long toHeld) {
        long back = taken.giveBack(i, stage, amount);
        changed(i);
        payable[i] += back;
        totalPayable += back;
        if (split(i)) {
            lockedPay[i] += Math.min(back, toHeld);
        }
        return back;
    }

    long totalPayable() {
        return totalPayable;
    }
}
