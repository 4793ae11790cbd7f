package io.xinling.domain.promotion.engine;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.FloorClamp;
import io.xinling.domain.promotion.NotApplied;
import io.xinling.domain.promotion.Offer;
import io.xinling.domain.promotion.PostOrderReward;
import io.xinling.domain.promotion.PricingContext;
import io.xinling.domain.promotion.PromotionPolicy;
import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.SchemeUsage;
import io.xinling.domain.promotion.Stage;
import io.xinling.domain.promotion.rule.GiftGrant;
import io.xinling.domain.promotion.rule.LineShare;
import io.xinling.domain.promotion.rule.LineView;
import io.xinling.domain.promotion.rule.Rule;
import io.xinling.domain.promotion.rule.RuleInput;
import io.xinling.domain.promotion.rule.RuleOutcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One call of the engine: the ledger plus everything the explanation collects along the way. */
final class PricingRun {

    final LineLedger ledger;
    final Coverage coverage;
    final PricingContext ctx;
    final PromotionPolicy policy;
    /** The schemes applied, in order (a scheme may appear more than once; the result lists it once). */
    final List<Applied> applied = new ArrayList<>();
    /** Sized for every candidate, as most candidates of a busy cart end up here (saves regrowing it). */
    final List<NotApplied> notApplied;
    final List<Offer> offers = new ArrayList<>();
    final List<PostOrderReward> rewards = new ArrayList<>();
    final List<String> messages = new ArrayList<>();
    final List<FloorClamp> clamps = new ArrayList<>();
    final List<GiftLine> gifts = new ArrayList<>();
    /**
     * Per scheme id ({@link Coverage#id}): what it gave off the lines (gifts, shipping); the result
     * builder adds what it took off the lines, once the run is over, to value each applied scheme.
     */
    final long[] given;
    /** Per scheme id: the benefits applied so far of a scheme with a money budget ({@code null} until one applies). */
    private long[] spent;
    /** Per budgeted campaign: the benefits its schemes applied so far ({@code null} until one applies). */
    private Map<String, Long> poolSpent;
    private final long shippingFee;
    long shippingOff;
    long extraPoints;
    long roundingCharge;
    boolean floorGuard;
    String groupSearch = "NONE";

    private final SeenLines seen;
    /**
     * The winner of the last {@link #lostTo}, what it gave and that as the losers' "lost to" value: the losers of one
     * winner (mostly all of a group's other candidates) share one immutable value.
     */
    private CompiledScheme lostToWinner;
    private long lostToValue;
    private Optional<Money> lostToMoney;
    /** The ledger version when the floor guard last looked at the lines. */
    private int clampedAt = -1;

    record GiftLine(Scheme scheme, GiftGrant grant) {
    }

    /** A scheme that applied: how many times and on what basis (its value is summed when the result is built). */
    record Applied(CompiledScheme k, long uses, String basis) {
    }

    PricingRun(LineLedger ledger, Coverage coverage, PricingContext ctx, PromotionPolicy policy) {
        this.ledger = ledger;
        this.coverage = coverage;
        this.ctx = ctx;
        this.policy = policy;
        this.floorGuard = policy.floorGuardAlways();
        this.shippingFee = ctx.shippingFee().map(Money::minor).orElse(0L);
        this.seen = new SeenLines(ledger, coverage);
        this.notApplied = new ArrayList<>(coverage.candidates.size());
        this.given = new long[coverage.ids];
    }

    long shippingFee() {
        return shippingFee;
    }

    /** What a scheme's rule sees: its eligible lines with all their whole units available. */
    RuleInput input(CompiledScheme k) {
        return input(k, null);
    }

    /** What a scheme's rule sees, with {@code left[i]} units of line i still available ({@code null}: all). */
    RuleInput input(CompiledScheme k, long[] left) {
        List<LineView> lines = seen.of(k, left);
        Scheme s = k.scheme;
        var usage = ctx.usageOf(k.id);
        long unitCap = Math.min(s.limits().qtyPerOrder(), usage.unitsLeft());
        return new RuleInput(lines, ctx, policy, k.id, unitCap, s.limits().usesPerOrder(), usage.giftStockLeft(),
                ledger.totalPayable(), shippingFee - shippingOff);
    }

    /**
     * The skip a scheme's rule gives for the whole units of the lines it sees ({@link Rule#tooFewUnits}), worked out
     * from the ledger without building its input, else {@code null}: carts of up to 64 lines, whose rule inputs are
     * the lines of {@link #seenMask}, each showing its whole units less those an exclusive scheme holds
     * ({@link #wholeUnits}). Most group schemes of a cart of single units end here.
     */
    RuleOutcome.Skip tooFewUnits(CompiledScheme k) {
        if (!small() || k.wholeOrder) {
            return null;
        }
        long units = 0;
        for (long m = seenMask(k); m != 0; m &= m - 1) {
            units += wholeUnits(Long.numberOfTrailingZeros(m));
        }
        return k.rule.tooFewUnits(units);
    }

    /** Line i as rules see it now with all its whole units: the view rule inputs hold, reused until the line changes. */
    LineView view(int i) {
        return seen.view(i);
    }

    /** {@link #seenLines} as bits, for carts of up to 64 lines ({@link #small}). */
    long seenMask(CompiledScheme k) {
        return seen.mask(k);
    }

    /** Whether the cart has at most 64 lines, so that a set of its lines fits in one word. */
    boolean small() {
        return ledger.size() <= 64;
    }

    /** The lines a scheme's rule sees now (the lines of its {@link #input}), in line order. */
    int[] seenLines(CompiledScheme k) {
        return seen.seenLines(k);
    }

    long wholeUnits(int i) {
        return ledger.split(i) ? ledger.freeUnits(i) : ledger.counted[i];
    }

    /**
     * Cuts a benefit to what is left of the scheme's money budget and of its campaign's, less what this order's earlier
     * benefits of the scheme and of the campaign's schemes took (at their full value, before caps and the floor guard):
     * partial if the scheme allows it and something is left, else refused ({@code null}, reported). Stages from S2 on check again as a
     * candidate wins; an item-price (S1) candidate holds its budgets as it is evaluated ({@link #hold}).
     */
    RuleOutcome.Benefit withinBudget(CompiledScheme k, RuleOutcome.Benefit b) {
        long budget = budgetRoom(k);
        if (budget == Long.MAX_VALUE || b.total() <= budget) {
            return b;
        }
        if (!k.scheme.limits().partialBudget() || b.shares().isEmpty() || budget <= 0) {
            skip(k, Reason.BUDGET_EXHAUSTED, 0, "预算不足");
            return null;
        }
        long[] weights = b.shares().stream().mapToLong(LineShare::amount).toArray();
        long[] parts = io.xinling.domain.promotion.rule.Allocation.largestRemainder(budget, weights);
        List<LineShare> cut = new ArrayList<>();
        for (int j = 0; j < parts.length; j++) {
            LineShare sh = b.shares().get(j);
            cut.add(new LineShare(sh.index(), parts[j], sh.units(), sh.basis() + "; budget cut", sh.points()));
        }
        return new RuleOutcome.Benefit(cut, List.of(), 0, b.uses(), b.basis() + "; budget cut",
                b.offers(), b.rewards(), 0, b.messages());
    }

    /**
     * Applies a winner: takes its shares off the lines (capped at what is left) and records the rest; what
     * it gave is summed when the result is built.
     */
    void apply(CompiledScheme k, RuleOutcome.Benefit b) {
        apply(k, b, b.total());
    }

    /** {@link #apply(CompiledScheme, RuleOutcome.Benefit)} of a benefit whose {@code total()} the caller knows. */
    void apply(CompiledScheme k, RuleOutcome.Benefit b, long total) {
        Scheme s = k.scheme;
        b.forEachShare((index, amount, units, basis, points) -> ledger.take(index, k, amount, units, basis, points));
        long offLine = 0;
        for (int j = 0; j < b.gifts().size(); j++) {
            GiftGrant g = b.gifts().get(j);
            gifts.add(new GiftLine(s, g));
            offLine += g.unitValue() * g.quantity();
        }
        long ship = Math.min(b.shippingOff(), shippingFee - shippingOff);
        shippingOff += ship;
        offLine += ship;
        extraPoints += b.extraPoints();
        given[coverage.id(k)] += offLine;
        hold(k, total);
        addAll(offers, b.offers());
        addAll(rewards, b.rewards());
        addAll(messages, b.messages());
        applied.add(new Applied(k, b.uses(), b.basis()));
    }

    /**
     * Counts a benefit against its scheme's budget and its campaign's for the rest of this order (never less than it
     * took). A winner holds its benefit as it is applied; an item-price (S1) candidate holds its full value as soon as it
     * is admitted, whether or not it wins its lines (the item stage takes lines without {@link #apply}), so the S1
     * candidates of one campaign are admitted one after another, in scheme order, within what is left; the member rate a
     * special price takes on top holds what it takes.
     */
    void hold(CompiledScheme k, long amount) {
        SchemeUsage usage = ctx.usageOf(k.id);
        if (usage.budgetLeftMinor() != Long.MAX_VALUE) {
            if (spent == null) {
                spent = new long[given.length];
            }
            spent[coverage.id(k)] += amount;
        }
        if (usage.poolBudgetLeftMinor() != Long.MAX_VALUE) {
            if (poolSpent == null) {
                poolSpent = new HashMap<>();
            }
            poolSpent.merge(usage.pool(), amount, Long::sum);
        }
    }

    /** What is left of a scheme's budget and its campaign's for this order ({@link Long#MAX_VALUE}: unlimited). */
    long budgetRoom(CompiledScheme k) {
        SchemeUsage usage = ctx.usageOf(k.id);
        long room = usage.budgetLeftMinor();
        if (room != Long.MAX_VALUE && spent != null) {
            room = Math.max(0, room - spent[coverage.id(k)]);
        }
        if (usage.poolBudgetLeftMinor() != Long.MAX_VALUE) {
            room = Math.min(room, Math.max(0, usage.poolBudgetLeftMinor() - poolSpent(usage.pool())));
        }
        return room;
    }

    private long poolSpent(String pool) {
        return poolSpent == null ? 0 : poolSpent.getOrDefault(pool, 0L);
    }

    void skip(CompiledScheme k, Reason reason, long shortfall, String message) {
        if (reason == Reason.THRESHOLD_NOT_MET && shortfall > 0) {
            offers.add(new Offer(k.id, Offer.Kind.NEAR_MISS, java.util.List.of(), 0,
                    Money.of(shortfall, ledger.currency),
                    io.xinling.domain.promotion.rule.Amounts.yuan("再买", shortfall, k.nearMissSuffix)));
        }
        notApplied.add(new NotApplied(k.id, k.version, k.type, reason,
                shortfall > 0 ? Optional.of(Money.of(shortfall, ledger.currency)) : Optional.empty(),
                Optional.empty(), Optional.empty(), message));
    }

    void skip(CompiledScheme k, RuleOutcome.Skip skip) {
        skip(k, skip.reason(), skip.shortfall(), skip.message());
        addAll(offers, skip.offers());
    }

    /** A scheme that every line it could use refuses, because of scheme {@code by} (spec 3.14 EXCLUDED_BY). */
    void excludedBy(CompiledScheme k, CompiledScheme by) {
        notApplied.add(new NotApplied(k.id, k.version, k.type, Reason.EXCLUDED_BY, Optional.empty(), by.idOption,
                Optional.empty(), excludedMessage(k.stage) + by.label));
    }

    /** What the excluding scheme does not stack with, by the stage of the excluded one. */
    static String excludedMessage(io.xinling.domain.promotion.Stage stage) {
        return switch (stage) {
            case S3_ORDER_THRESHOLD -> "不与订单促销同享: ";
            case S6_POINTS -> "不与积分抵现同享: ";
            default -> "不与优惠券同享: ";
        };
    }

    /** {@code to.addAll(more)}, which copies {@code more} to an array even when it is empty (as it mostly is). */
    private static <T> void addAll(List<T> to, List<? extends T> more) {
        if (!more.isEmpty()) {
            to.addAll(more);
        }
    }

    void lostTo(CompiledScheme loser, CompiledScheme winner, long winnerValue) {
        if (winner != lostToWinner || winnerValue != lostToValue) {
            lostToWinner = winner;
            lostToValue = winnerValue;
            lostToMoney = Optional.of(Money.of(winnerValue, ledger.currency));
        }
        notApplied.add(new NotApplied(loser.id, loser.version, loser.type, Reason.LOST_TO, Optional.empty(),
                winner.idOption, lostToMoney, winner.lostToMessage));
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
            long below = HeldUnits.belowFloor(ledger, i);
            if (below > 0) {
                long back = ledger.giveBack(i, stage, below, HeldUnits.heldBelowFloor(ledger, i));
                if (back > 0) {
                    clamps.add(new FloorClamp(ledger.lines[i].lineNo(), ledger.lines[i].sku(), stage,
                            Money.of(back, ledger.currency), ledger.floorMoney(i)));
                }
            }
        }
        clampedAt = ledger.version;
    }
}
