package io.xinling.domain.promotion.engine;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.AppliedScheme;
import io.xinling.domain.promotion.FloorClamp;
import io.xinling.domain.promotion.NotApplied;
import io.xinling.domain.promotion.Offer;
import io.xinling.domain.promotion.PostOrderReward;
import io.xinling.domain.promotion.PricingContext;
import io.xinling.domain.promotion.PromotionPolicy;
import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.Stage;
import io.xinling.domain.promotion.rule.GiftGrant;
import io.xinling.domain.promotion.rule.LineShare;
import io.xinling.domain.promotion.rule.LineView;
import io.xinling.domain.promotion.rule.RuleInput;
import io.xinling.domain.promotion.rule.RuleOutcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One call of the engine: the ledger plus everything the explanation collects along the way. */
final class PricingRun {

    final LineLedger ledger;
    final Coverage coverage;
    final PricingContext ctx;
    final PromotionPolicy policy;
    final List<AppliedScheme> applied = new ArrayList<>();
    final List<NotApplied> notApplied = new ArrayList<>();
    final List<Offer> offers = new ArrayList<>();
    final List<PostOrderReward> rewards = new ArrayList<>();
    final List<String> messages = new ArrayList<>();
    final List<FloorClamp> clamps = new ArrayList<>();
    final List<GiftLine> gifts = new ArrayList<>();
    final java.util.Map<String, Long> offLines = new java.util.HashMap<>();
    private final long shippingFee;
    long shippingOff;
    long extraPoints;
    long roundingCharge;
    boolean floorGuard;
    String groupSearch = "NONE";

    /** Views of the lines, each built at the ledger version in {@code viewAt}, valid until that line changes. */
    private final LineView[] views;
    private final int[] viewAt;
    private int totalAt = -1;
    private long totalPayable;
    private final LineView[] scratch;
    /** The last view of each line with only some of its units available (group search), and its version. */
    private final LineView[] partial;
    private final int[] partialAt;
    /**
     * Line lists shared between schemes that see the same lines: a direct-mapped table from the seen
     * lines' bits to their list, valid at ledger version {@code listsAt}.
     */
    private final long[] listKeys = new long[LISTS];
    private final List<LineView>[] listValues = newLists();
    private int listsAt = -1;
    private static final int LISTS = 64;
    /** The ledger version when the floor guard last looked at the lines. */
    private int clampedAt = -1;

    record GiftLine(Scheme scheme, GiftGrant grant) {
    }

    PricingRun(LineLedger ledger, Coverage coverage, PricingContext ctx, PromotionPolicy policy) {
        this.ledger = ledger;
        this.coverage = coverage;
        this.ctx = ctx;
        this.policy = policy;
        this.floorGuard = policy.floorGuardAlways();
        this.shippingFee = ctx.shippingFee().map(Money::minor).orElse(0L);
        this.views = new LineView[ledger.size()];
        this.viewAt = new int[ledger.size()];
        this.scratch = new LineView[ledger.size()];
        this.partial = new LineView[ledger.size()];
        this.partialAt = new int[ledger.size()];
    }

    long shippingFee() {
        return shippingFee;
    }

    /** The line as rules see it now with all its whole units available; reused until the ledger changes. */
    LineView view(int i) {
        LineView v = views[i];
        if (v == null || viewAt[i] < ledger.changedAt[i]) {
            v = ledger.view(i, ledger.units[i]);
            views[i] = v;
            viewAt[i] = ledger.version;
        }
        return v;
    }

    private long totalPayable() {
        if (totalAt != ledger.version) {
            totalPayable = ledger.totalPayable();
            totalAt = ledger.version;
        }
        return totalPayable;
    }

    /** What a scheme's rule sees: its eligible lines with all their whole units available. */
    RuleInput input(CompiledScheme k) {
        return input(k, null);
    }

    /** What a scheme's rule sees, with {@code left[i]} units of line i still available ({@code null}: all). */
    RuleInput input(CompiledScheme k, long[] left) {
        List<LineView> lines = left == null && ledger.size() <= 64 ? sharedLines(k) : collect(k, left);
        Scheme s = k.scheme;
        var usage = ctx.usageOf(k.id);
        long unitCap = Math.min(s.limits().qtyPerOrder(), usage.unitsLeft());
        return new RuleInput(lines, ctx, policy, k.id, unitCap, s.limits().usesPerOrder(), usage.giftStockLeft(),
                totalPayable(), shippingFee - shippingOff);
    }

    /**
     * The lines a scheme sees with all their units, as one list shared by every scheme that sees the same
     * lines until the ledger changes (carts of up to 64 lines, whose seen lines fit in one word).
     */
    private List<LineView> sharedLines(CompiledScheme k) {
        long mask = mask(k);
        if (listsAt != ledger.version) {
            java.util.Arrays.fill(listValues, null);
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

    @SuppressWarnings("unchecked")
    private static List<LineView>[] newLists() {
        return new List[LISTS];
    }

    /** The lines a scheme's rule sees now, as bits (carts of up to 64 lines). */
    private long mask(CompiledScheme k) {
        long mask = 0;
        int n = ledger.size();
        if (k.wholeOrder) {
            for (int i = 0; i < n; i++) {
                if (ledger.payable[i] > 0) {
                    mask |= 1L << i;
                }
            }
        } else {
            long covered = coverage.bits[k.ordinal * coverage.words];
            for (long m = covered; m != 0; m &= m - 1) {
                int i = Long.numberOfTrailingZeros(m);
                if (eligible(k, i)) {
                    mask |= 1L << i;
                }
            }
        }
        return mask;
    }

    private List<LineView> collect(CompiledScheme k, long[] left) {
        int count = 0;
        if (k.wholeOrder) {
            for (int i = 0; i < ledger.size(); i++) {
                if (ledger.payable[i] > 0) {
                    scratch[count++] = viewOf(i, left);
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

    private List<LineView> listOf(int count) {
        return switch (count) {
            case 0 -> List.of();
            case 1 -> List.of(scratch[0]);
            default -> List.of(java.util.Arrays.copyOf(scratch, count));
        };
    }

    private LineView viewOf(int i, long[] left) {
        if (left == null || left[i] == ledger.units[i]) {
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

    /** The lines a scheme's rule sees now (the lines of its {@link #input}), in line order. */
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
        return java.util.Arrays.copyOf(out, count);
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
                || st == Stage.S6_POINTS && ledger.noPoints[i]) {
            return false;
        }
        return st.ordinal() <= Stage.S2_ITEM_GROUP.ordinal() || ledger.payable[i] > 0;
    }

    long wholeUnits(int i) {
        return ledger.units[i];
    }

    /** Cuts a benefit to the scheme's money budget: partial if allowed, else refused. */
    Optional<RuleOutcome.Benefit> withinBudget(CompiledScheme k, RuleOutcome.Benefit b) {
        long budget = ctx.usageOf(k.id).budgetLeftMinor();
        if (budget == Long.MAX_VALUE || b.total() <= budget) {
            return Optional.of(b);
        }
        if (!k.scheme.limits().partialBudget() || b.shares().isEmpty()) {
            skip(k, Reason.BUDGET_EXHAUSTED, 0, "预算不足");
            return Optional.empty();
        }
        long[] weights = b.shares().stream().mapToLong(LineShare::amount).toArray();
        long[] parts = io.xinling.domain.promotion.rule.Allocation.largestRemainder(budget, weights);
        List<LineShare> cut = new ArrayList<>();
        for (int j = 0; j < parts.length; j++) {
            LineShare sh = b.shares().get(j);
            cut.add(new LineShare(sh.index(), parts[j], sh.units(), sh.basis() + "; budget cut", sh.points()));
        }
        return Optional.of(new RuleOutcome.Benefit(cut, List.of(), 0, b.uses(), b.basis() + "; budget cut",
                b.offers(), b.rewards(), 0, b.messages()));
    }

    /** Applies a winner: takes its shares off the lines (capped at what is left) and records the rest. */
    long apply(CompiledScheme k, RuleOutcome.Benefit b) {
        Scheme s = k.scheme;
        long onLines = 0;
        List<LineShare> shares = b.shares();
        for (int j = 0; j < shares.size(); j++) {
            LineShare sh = shares.get(j);
            onLines += ledger.take(sh.index(), k, sh.amount(), sh.units(), sh.basis(), sh.points());
        }
        long total = 0;
        for (GiftGrant g : b.gifts()) {
            gifts.add(new GiftLine(s, g));
            total += g.unitValue() * g.quantity();
        }
        long ship = Math.min(b.shippingOff(), shippingFee - shippingOff);
        shippingOff += ship;
        total += ship;
        extraPoints += b.extraPoints();
        offLines.merge(k.id, total, Long::sum);
        offers.addAll(b.offers());
        rewards.addAll(b.rewards());
        messages.addAll(b.messages());
        applied.add(new AppliedScheme(k.id, k.version, k.type, k.stage, k.label,
                Money.of(total + onLines, ledger.currency), b.uses(), b.basis()));
        return total + onLines;
    }

    void skip(CompiledScheme k, Reason reason, long shortfall, String message) {
        if (reason == Reason.THRESHOLD_NOT_MET && shortfall > 0) {
            offers.add(new Offer(k.id, Offer.Kind.NEAR_MISS, java.util.List.of(), 0,
                    Money.of(shortfall, ledger.currency), "再买" + io.xinling.domain.promotion.rule.Amounts.yuan(shortfall)
                    + "元可享" + k.label));
        }
        notApplied.add(new NotApplied(k.id, k.version, k.type, reason,
                shortfall > 0 ? Optional.of(Money.of(shortfall, ledger.currency)) : Optional.empty(),
                Optional.empty(), Optional.empty(), message));
    }

    void skip(CompiledScheme k, RuleOutcome.Skip skip) {
        skip(k, skip.reason(), skip.shortfall(), skip.message());
        offers.addAll(skip.offers());
    }

    void lostTo(CompiledScheme loser, CompiledScheme winner, long winnerValue) {
        notApplied.add(new NotApplied(loser.id, loser.version, loser.type, Reason.LOST_TO, Optional.empty(),
                Optional.of(winner.scheme.id()), Optional.of(Money.of(winnerValue, ledger.currency)),
                winner.lostToMessage));
    }

    /**
     * The price-floor guard (spec 2.42): gives back this stage's benefits on lines that went below floor.
     * A line unchanged since the previous stage's check took nothing in this stage, so only lines changed
     * since then are looked at.
     */
    void clampAtFloor(Stage stage) {
        if (!floorGuard) {
            return;
        }
        int since = clampedAt;
        for (int i = 0; i < ledger.size(); i++) {
            if (ledger.changedAt[i] <= since) {
                continue;
            }
            long floor = ledger.floorAmount(i);
            if (ledger.payable[i] < floor) {
                long back = ledger.giveBack(i, stage, floor - ledger.payable[i]);
                if (back > 0) {
                    clamps.add(new FloorClamp(ledger.lines[i].lineNo(), ledger.lines[i].sku(), stage,
                            Money.of(back, ledger.currency), Money.of(floor, ledger.currency)));
                }
            }
        }
        clampedAt = ledger.version;
    }
}
