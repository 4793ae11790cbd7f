package io.xinling.domain.promotion.engine;

import io.xinling.domain.promotion.Stage;
import io.xinling.domain.promotion.rule.FrozenList;
import io.xinling.domain.promotion.rule.LineView;

import java.util.Arrays;
import java.util.List;

/**
 * The lines each scheme of one run sees, as the views its rule gets. A line's view is reused until the
 * line changes to something it did not show (a change undone, as by the floor guard, keeps it); schemes
 * that see the same lines with all their units share one list while none of its views is replaced (carts
 * of up to 64 lines, whose seen lines fit in one word); the group search's views of lines with only some
 * units left are reused while the units left and the line stay the same.
 */
final class SeenLines {

    private static final int LISTS = 64;

    private final LineLedger ledger;
    private final Coverage coverage;
    /** Views of the lines, each built at the ledger version in {@code viewAt}, valid until that line changes. */
    private final LineView[] views;
    private final int[] viewAt;
    /** The last view of each line with only some of its units available, and its version. */
    private final LineView[] partial;
    private final int[] partialAt;
    private final LineView[] scratch;
    /**
     * A direct-mapped table from the seen lines' bits to their list, checked at ledger version {@code listsAt};
     * a list goes when the view of one of its lines was replaced since, the others stay.
     */
    private final long[] listKeys = new long[LISTS];
    private final List<LineView>[] listValues = newLists();
    private int listsAt = -1;
    /** The lines (of the first 64) whose view was replaced since the lists were last checked ({@link #sharedLines}). */
    private long viewsReplaced;
    /** The ledger's flags per line as bits, valid at ledger version {@code flagsAt} (carts of up to 64 lines). */
    private long lockedBits;
    private long specialBits;
    private long memberExcludedBits;
    private long noOrderBits;
    private long noCouponBits;
    private long noPointsBits;
    private long hadOrderBits;
    private long hadCouponBits;
    private long hadPointsBits;
    private long payableBits;
    /** Lines whose free units (those no exclusive scheme holds) have a payable, and lines an exclusive scheme holds in part. */
    private long freePayableBits;
    private long splitBits;
    private int flagsAt = -1;

    SeenLines(LineLedger ledger, Coverage coverage) {
        this.ledger = ledger;
        this.coverage = coverage;
        int n = ledger.size();
        this.views = new LineView[n];
        this.viewAt = new int[n];
        this.partial = new LineView[n];
        this.partialAt = new int[n];
        this.scratch = new LineView[n];
    }

    @SuppressWarnings("unchecked")
    private static List<LineView>[] newLists() {
        return new List[LISTS];
    }

    /**
     * The line as rules see it now with all its whole units available; reused until the line changes, and
     * kept after a change that left it as it was (a benefit the floor guard gave back in full).
     */
    LineView view(int i) {
        LineView v = views[i];
        if (v == null || viewAt[i] < ledger.changedAt[i]) {
            if (v == null || !ledger.looksSame(i, v)) {
                v = ledger.view(i, ledger.counted[i]);
                views[i] = v;
                viewsReplaced |= i < 64 ? 1L << i : 0;
            }
            viewAt[i] = ledger.version;
        }
        return v;
    }

    /** The lines a scheme's rule sees, with {@code left[i]} units of line i still available ({@code null}: all). */
    List<LineView> of(CompiledScheme k, long[] left) {
        // 抹零 sees the units exclusive schemes hold too: lines held in part are not shown to it as other rules see them
        return left == null && ledger.size() <= 64 && !(k.wholeOrder && (mask(k) & splitBits) != 0)
                ? sharedLines(k) : collect(k, left);
    }

    /**
     * The lines a scheme sees with all their units, as one list shared by every scheme that sees the same
     * lines while none of their views is replaced, across stages too (carts of up to 64 lines, whose seen
     * lines fit in one word).
     */
    private List<LineView> sharedLines(CompiledScheme k) {
        long mask = mask(k);
        if (listsAt != ledger.version) {
            // the lists hold on while every line that changed since still has the same view
            for (int i = 0; i < views.length; i++) {
                if (ledger.changedAt[i] > listsAt) {
                    view(i);
                }
            }
            if (viewsReplaced != 0) {
                for (int slot = 0; slot < LISTS; slot++) {
                    if ((listKeys[slot] & viewsReplaced) != 0) {
                        listValues[slot] = null;
                    }
                }
                viewsReplaced = 0;
            }
            listsAt = ledger.version;
        }
        int slot = (int) ((mask * 0x9E3779B97F4A7C15L) >>> 58);
        List<LineView> lines = listValues[slot];
        if (lines == null || listKeys[slot] != mask) {
            int count = 0;
            for (long m = mask; m != 0; m &= m - 1) {
                scratch[count++] = view(Long.numberOfTrailingZeros(m));
            }
            lines = listOf(count);
            listKeys[slot] = mask;
            listValues[slot] = lines;
        }
        return lines;
    }

    /** The lines a scheme's rule sees now, as bits (carts of up to 64 lines): {@link #eligible} on whole words. */
    long mask(CompiledScheme k) {
        refreshFlags();
        if (k.wholeOrder) {
            return payableBits;
        }
        long mask = coverage.firstWord(k) & ~lockedBits;
        if (k.excludeSpecial) {
            mask &= ~specialBits;
        }
        if (k.memberDiscount) {
            mask &= ~memberExcludedBits;
        }
        switch (k.stage) {
            case S3_ORDER_THRESHOLD -> mask &= ~noOrderBits;
            case S4_COUPON -> mask &= ~noCouponBits;
            case S6_POINTS -> mask &= ~noPointsBits;
            default -> { }
        }
        int st = k.stage.ordinal();
        if (!k.stacksWithOrder && st > Stage.S3_ORDER_THRESHOLD.ordinal()) {
            mask &= ~hadOrderBits;
        }
        if (!k.stacksWithCoupons && st > Stage.S4_COUPON.ordinal()) {
            mask &= ~hadCouponBits;
        }
        if (!k.stacksWithPoints && st > Stage.S6_POINTS.ordinal()) {
            mask &= ~hadPointsBits;
        }
        return k.stage.ordinal() <= Stage.S2_ITEM_GROUP.ordinal() ? mask : mask & freePayableBits;
    }

    /** The ledger's line flags as bits (carts of up to 64 lines), recomputed when the ledger has changed. */
    private void refreshFlags() {
        if (flagsAt == ledger.version) {
            return;
        }
        long locked = 0, special = 0, memberExcluded = 0, noOrder = 0, noCoupon = 0, noPoints = 0, payable = 0;
        long hadOrder = 0, hadCoupon = 0, hadPoints = 0, freePayable = 0, split = 0;
        for (int i = 0; i < ledger.size(); i++) {
            long bit = 1L << i;
            locked |= ledger.locked[i] ? bit : 0;
            special |= ledger.special[i] ? bit : 0;
            memberExcluded |= ledger.lines[i].memberDiscountExcluded() ? bit : 0;
            noOrder |= ledger.noOrder[i] ? bit : 0;
            noCoupon |= ledger.noCoupon[i] ? bit : 0;
            noPoints |= ledger.noPoints[i] ? bit : 0;
            payable |= ledger.payable[i] > 0 ? bit : 0;
            freePayable |= ledger.freePayable(i) > 0 ? bit : 0;
            split |= ledger.split(i) ? bit : 0;
            hadOrder |= ledger.hadOrder[i] ? bit : 0;
            hadCoupon |= ledger.hadCoupon[i] ? bit : 0;
            hadPoints |= ledger.hadPoints[i] ? bit : 0;
        }
        lockedBits = locked;
        specialBits = special;
        memberExcludedBits = memberExcluded;
        noOrderBits = noOrder;
        noCouponBits = noCoupon;
        noPointsBits = noPoints;
        payableBits = payable;
        freePayableBits = freePayable;
        splitBits = split;
        hadOrderBits = hadOrder;
        hadCouponBits = hadCoupon;
        hadPointsBits = hadPoints;
        flagsAt = ledger.version;
    }

    private List<LineView> collect(CompiledScheme k, long[] left) {
        int count = 0;
        if (k.wholeOrder) {
            for (int i = 0; i < ledger.size(); i++) {
                if (ledger.payable[i] > 0) {
                    scratch[count++] = ledger.split(i) ? ledger.wholeView(i, ledger.counted[i]) : viewOf(i, left);
                }
            }
        } else {
            int n = ledger.size();
            for (int i = coverage.next(k, 0, n); i >= 0; i = coverage.next(k, i + 1, n)) {
                if (eligible(k, i)) {
                    scratch[count++] = viewOf(i, left);
                }
            }
        }
        return listOf(count);
    }

    /** The first {@code count} views of {@code scratch}, always as a {@link FrozenList} (see {@link FrozenList#empty}). */
    private List<LineView> listOf(int count) {
        return count == 0 ? FrozenList.empty() : FrozenList.owning(Arrays.copyOf(scratch, count), count);
    }

    private LineView viewOf(int i, long[] left) {
        if (left == null || left[i] == (ledger.split(i) ? ledger.freeUnits(i) : ledger.counted[i])) {
            return view(i);
        }
        LineView v = partial[i];
        if (v == null || v.units() != left[i] || partialAt[i] < ledger.changedAt[i]) {
            v = ledger.view(i, left[i]);
            partial[i] = v;
            partialAt[i] = ledger.version;
        }
        return v;
    }

    /** The lines a scheme's rule sees now (the lines of its rule input), in line order. */
    int[] seenLines(CompiledScheme k) {
        int n = ledger.size();
        int[] out = new int[n];
        int count = 0;
        if (k.wholeOrder) {
            for (int i = 0; i < n; i++) {
                if (ledger.payable[i] > 0) {
                    out[count++] = i;
                }
            }
        } else {
            for (int i = coverage.next(k, 0, n); i >= 0; i = coverage.next(k, i + 1, n)) {
                if (eligible(k, i)) {
                    out[count++] = i;
                }
            }
        }
        return Arrays.copyOf(out, count);
    }

    private boolean eligible(CompiledScheme k, int i) {
        if (ledger.locked[i]) {
            return false;
        }
        if (k.excludeSpecial && ledger.special[i]) {
            return false;
        }
        if (k.memberDiscount && ledger.lines[i].memberDiscountExcluded()) {
            return false;
        }
        Stage st = k.stage;
        if (st == Stage.S3_ORDER_THRESHOLD && ledger.noOrder[i] || st == Stage.S4_COUPON && ledger.noCoupon[i]
                || st == Stage.S6_POINTS && ledger.noPoints[i] || ledger.refusesEarlier(k, i)) {
            return false;
        }
        return st.ordinal() <= Stage.S2_ITEM_GROUP.ordinal() || ledger.freePayable(i) > 0;
    }
}
