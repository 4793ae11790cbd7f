package io.xinling.domain.promotion.reference;

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
import io.xinling.domain.promotion.scheme.Stacking;
import io.xinling.domain.promotion.rule.GiftGrant;
import io.xinling.domain.promotion.rule.LineShare;
import io.xinling.domain.promotion.rule.LineView;
import io.xinling.domain.promotion.rule.RuleInput;
import io.xinling.domain.promotion.rule.RuleOutcome;
import io.xinling.domain.promotion.rule.SeesWholeOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntToLongFunction;

/** One call of the engine: the ledger plus everything the explanation collects along the way. */
final class PricingRun {

    final LineLedger ledger;
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
    /** What the order's applied benefits took so far, by "scheme ID" and "pool CAMPAIGN". */
    private final java.util.Map<String, Long> budgetSpent = new java.util.HashMap<>();
    long shippingOff;
    private final java.util.Map<Scheme, boolean[]> coverage = new java.util.IdentityHashMap<>();
    long extraPoints;
    long roundingCharge;
    boolean floorGuard;
    String groupSearch = "NONE";

    record GiftLine(Scheme scheme, GiftGrant grant) {
    }

    PricingRun(LineLedger ledger, PricingContext ctx, PromotionPolicy policy) {
        this.ledger = ledger;
        this.ctx = ctx;
        this.policy = policy;
        this.floorGuard = policy.floorGuardAlways();
    }

    long shippingFee() {
        return ctx.shippingFee().map(Money::minor).orElse(0L);
    }

    RuleInput input(Scheme s, IntToLongFunction available) {
        List<LineView> views = new ArrayList<>();
        boolean all = s.rule() instanceof SeesWholeOrder;
        for (int i = 0; i < ledger.size(); i++) {
            if (all ? ledger.payable[i] > 0 : eligible(s, i)) {
                views.add(all ? ledger.fullView(i, ledger.counted[i]) : ledger.view(i, available.applyAsLong(i)));
            }
        }
        var usage = ctx.usageOf(s.id());
        long unitCap = Math.min(s.limits().qtyPerOrder(), usage.unitsLeft());
        return new RuleInput(views, ctx, policy, s.id(), unitCap, s.limits().usesPerOrder(), usage.giftStockLeft(),
                ledger.totalPayable(), shippingFee() - shippingOff);
    }

    /** Whether a scheme's product scope covers each line, computed once per scheme and run. */
    private boolean[] covered(Scheme s) {
        return coverage.computeIfAbsent(s, k -> {
            boolean[] c = new boolean[ledger.size()];
            for (int i = 0; i < c.length; i++) {
                c[i] = k.scope().covers(ledger.lines[i]);
            }
            return c;
        });
    }

    private boolean eligible(Scheme s, int i) {
        if (ledger.locked[i] || !covered(s)[i]) {
            return false;
        }
        if (s.stacking().excludeSpecialPriceItems() && ledger.special[i]) {
            return false;
        }
        if (s.rule().isMemberDiscount() && ledger.lines[i].memberDiscountExcluded()) {
            return false;
        }
        Stage st = s.stage();
        if (st == Stage.S3_ORDER_THRESHOLD && ledger.noOrder[i] || st == Stage.S4_COUPON && ledger.noCoupon[i]
                || st == Stage.S6_POINTS && ledger.noPoints[i]) {
            return false;
        }
        Stacking k = s.stacking();
        if (!k.stacksWithOrderPromotions() && ledger.hadOrder[i] && st.ordinal() > Stage.S3_ORDER_THRESHOLD.ordinal()
                || !k.stacksWithCoupons() && ledger.hadCoupon[i] && st.ordinal() > Stage.S4_COUPON.ordinal()
                || !k.stacksWithPoints() && ledger.hadPoints[i] && st.ordinal() > Stage.S6_POINTS.ordinal()) {
            return false;
        }
        return st.ordinal() <= Stage.S2_ITEM_GROUP.ordinal() || ledger.freePayable(i) > 0;
    }

    long wholeUnits(int i) {
        return ledger.freeUnits(i);
    }

    /**
     * Cuts a benefit to the scheme's money budget and its campaign's, less what earlier benefits of this order took of
     * them (at their full value): partial if allowed, else refused.
     */
    Optional<RuleOutcome.Benefit> withinBudget(Scheme s, RuleOutcome.Benefit b) {
        long budget = budgetRoom(s);
        if (b.total() <= budget) {
            return Optional.of(b);
        }
        if (!s.limits().partialBudget() || b.shares().isEmpty() || budget <= 0) {
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

    /** An item-price candidate (and a member rate on a special price) takes what it holds of its budgets when admitted. */
    void hold(Scheme s, long amount) {
        budgetSpent.merge("scheme " + s.id(), amount, Long::sum);
        budgetSpent.merge("pool " + ctx.usageOf(s.id()).pool(), amount, Long::sum);
    }

    /** What is left of a scheme's budget and its campaign's in this order. */
    long budgetRoom(Scheme s) {
        var usage = ctx.usageOf(s.id());
        long room = usage.budgetLeftMinor() == Long.MAX_VALUE ? Long.MAX_VALUE
                : Math.max(0, usage.budgetLeftMinor() - budgetSpent.getOrDefault("scheme " + s.id(), 0L));
        if (usage.poolBudgetLeftMinor() != Long.MAX_VALUE) {
            room = Math.min(room, Math.max(0, usage.poolBudgetLeftMinor() - budgetSpent.getOrDefault("pool " + usage.pool(), 0L)));
        }
        return room;
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
        long ship = Math.min(b.shippingOff(), shippingFee() - shippingOff);
        shippingOff += ship;
        total += ship;
        extraPoints += b.extraPoints();
        offLines.merge(s.id(), total, Long::sum);
        budgetSpent.merge("scheme " + s.id(), b.total(), Long::sum);
        budgetSpent.merge("pool " + ctx.usageOf(s.id()).pool(), b.total(), Long::sum);
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

    /** The scheme that keeps an S3, S4 or S6 scheme off every line it could otherwise use, else empty. */
    Optional<Scheme> couponRefusedBy(Scheme s) {
        boolean[] refuses;
        Scheme[] refusedBy;
        switch (s.stage()) {
            case S3_ORDER_THRESHOLD -> { refuses = ledger.noOrder; refusedBy = ledger.orderRefusedBy; }
            case S4_COUPON -> { refuses = ledger.noCoupon; refusedBy = ledger.couponRefusedBy; }
            case S6_POINTS -> { refuses = ledger.noPoints; refusedBy = ledger.pointsRefusedBy; }
            default -> { return Optional.empty(); }
        }
        if (s.rule() instanceof SeesWholeOrder) {
            return Optional.empty();
        }
        Scheme by = null;
        for (int i = 0; i < ledger.size(); i++) {
            if (!covered(s)[i] || ledger.locked[i] || ledger.freePayable(i) <= 0
                    || s.stacking().excludeSpecialPriceItems() && ledger.special[i]
                    || s.rule().isMemberDiscount() && ledger.lines[i].memberDiscountExcluded()) {
                continue;
            }
            if (!refuses[i]) {
                return Optional.empty();
            }
            by = by == null ? refusedBy[i] : by;
        }
        return Optional.ofNullable(by);
    }

    void excludedBy(Scheme s, Scheme by) {
        notApplied.add(new NotApplied(s.id(), s.version(), s.type(), Reason.EXCLUDED_BY, Optional.empty(),
                Optional.of(by.id()), Optional.empty(), switch (s.stage()) {
                    case S3_ORDER_THRESHOLD -> "不与订单促销同享: ";
                    case S6_POINTS -> "不与积分抵现同享: ";
                    default -> "不与优惠券同享: ";
                } + by.label()));
    }

    void skip(Scheme s, RuleOutcome.Skip skip) {
        skip(s, skip.reason(), skip.shortfall(), skip.message());
        offers.addAll(skip.offers());
    }

    void lostTo(Scheme loser, Scheme winner, long winnerValue) {
        notApplied.add(new NotApplied(loser.id(), loser.version(), loser.type(), Reason.LOST_TO, Optional.empty(),
                Optional.of(winner.id()), Optional.of(Money.of(winnerValue, ledger.currency)),
                "输给 " + winner.label()));
    }

    /** The price-floor guard (spec 2.42): gives back this stage's benefits on lines that went below floor. */
    void clampAtFloor(Stage stage) {
        if (!floorGuard) {
            return;
        }
        for (int i = 0; i < ledger.size(); i++) {
            long below = ledger.belowFloor(i);
            if (below > 0) {
                long back = ledger.giveBack(i, stage, below, ledger.heldBelowFloor(i));
                if (back > 0) {
                    clamps.add(new FloorClamp(ledger.lines[i].lineNo(), ledger.lines[i].sku(), stage,
                            Money.of(back, ledger.currency), Money.of(ledger.floorAmount(i), ledger.currency)));
                }
            }
        }
    }
}
