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
        List<LineView> lines = switch (count) {
            case 0 -> List.of();
            case 1 -> List.of(scratch[0]);
            default -> List.of(java.util.Arrays.copyOf(scratch, count));
        };
        Scheme s = k.scheme;
        var usage = ctx.usageOf(s.id());
        long unitCap = Math.min(s.limits().qtyPerOrder(), usage.unitsLeft());
        return new RuleInput(lines, ctx, policy, s.id(), unitCap, s.limits().usesPerOrder(), usage.giftStockLeft(),
                totalPayable(), shippingFee - shippingOff);
    }

    private LineView viewOf(int i, long[] left) {
        return left == null || left[i] == ledger.units[i] ? view(i) : ledger.view(i, left[i]);
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
    Optional<RuleOutcome.Benefit> withinBudget(Scheme s, RuleOutcome.Benefit b) {
        long budget = ctx.usageOf(s.id()).budgetLeftMinor();
        if (budget == Long.MAX_VALUE || b.total() <= budget) {
            return Optional.of(b);
        }
        if (!s.limits().partialBudget() || b.shares().isEmpty()) {
            skip(s, Reason.BUDGET_EXHAUSTED, 0, "预算不足");
            return Optional.empty();
        }
        long[] weights = b.shares().stream().mapToLong(LineShare::amount).toArray();
        long[] parts = io.xinling.domain.promotion.rule.Allocation.largestRemainder(budget, weights);
        List<LineShare> cut = new ArrayList<>();
        for (int k = 0; k < parts.length; k++) {
            LineShare sh = b.shares().get(k);
            cut.add(new LineShare(sh.index(), parts[k], sh.units(), sh.basis() + "; budget cut", sh.points()));
        }
        return Optional.of(new RuleOutcome.Benefit(cut, List.of(), 0, b.uses(), b.basis() + "; budget cut",
                b.offers(), b.rewards(), 0, b.messages()));
    }

    /** Applies a winner: takes its shares off the lines (capped at what is left) and records the rest. */
    long apply(Scheme s, RuleOutcome.Benefit b) {
        long onLines = 0;
        for (LineShare sh : b.shares()) {
            onLines += ledger.take(sh.index(), s, sh.amount(), sh.units(), sh.basis(), sh.points());
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
        offLines.merge(s.id(), total, Long::sum);
        offers.addAll(b.offers());
        rewards.addAll(b.rewards());
        messages.addAll(b.messages());
        applied.add(new AppliedScheme(s.id(), s.version(), s.type(), s.stage(), s.label(),
                Money.of(total + onLines, ledger.currency), b.uses(), b.basis()));
        return total + onLines;
    }

    void skip(Scheme s, Reason reason, long shortfall, String message) {
        if (reason == Reason.THRESHOLD_NOT_MET && shortfall > 0) {
            offers.add(new Offer(s.id(), Offer.Kind.NEAR_MISS, java.util.List.of(), 0,
                    Money.of(shortfall, ledger.currency), "再买" + io.xinling.domain.promotion.rule.Amounts.yuan(shortfall)
                    + "元可享" + s.label()));
        }
        notApplied.add(new NotApplied(s.id(), s.version(), s.type(), reason,
                shortfall > 0 ? Optional.of(Money.of(shortfall, ledger.currency)) : Optional.empty(),
                Optional.empty(), Optional.empty(), message));
    }

    void skip(Scheme s, RuleOutcome.Skip skip) {
        skip(s, skip.reason(), skip.shortfall(), skip.message());
        offers.addAll(skip.offers());
    }

    void lostTo(Scheme loser, CompiledScheme winner, long winnerValue) {
        notApplied.add(new NotApplied(loser.id(), loser.version(), loser.type(), Reason.LOST_TO, Optional.empty(),
                Optional.of(winner.scheme.id()), Optional.of(Money.of(winnerValue, ledger.currency)),
                winner.lostToMessage));
    }

    /** The price-floor guard (spec 2.42): gives back this stage's benefits on lines that went below floor. */
    void clampAtFloor(Stage stage) {
        if (!floorGuard) {
            return;
        }
        for (int i = 0; i < ledger.size(); i++) {
            long floor = ledger.floorAmount(i);
            if (ledger.payable[i] < floor) {
                long back = ledger.giveBack(i, stage, floor - ledger.payable[i]);
                if (back > 0) {
                    clamps.add(new FloorClamp(ledger.lines[i].lineNo(), ledger.lines[i].sku(), stage,
                            Money.of(back, ledger.currency), Money.of(floor, ledger.currency)));
                }
            }
        }
    }
}
