package io.xinling.domain.promotion.returns;

import io.vavr.control.Either;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.promotion.AppliedScheme;
import io.xinling.domain.promotion.LineResult;
import io.xinling.domain.promotion.PricingResult;
import io.xinling.domain.promotion.PromotionError;
import io.xinling.domain.promotion.ReturnPolicy;
import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.Stage;
import io.xinling.domain.promotion.rule.Amounts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Refunds a return against a frozen order (spec 3.15). {@code KEEP_ALLOCATION} (default): each returned
 * line refunds round_half_up(paid × k / n), and the return that empties a line takes what is left, so
 * a line reconciles to the fen. {@code CLAW_BACK} (when the policy or an applied scheme asks for it):
 * the kept goods are re-priced under the original scheme versions and the refund is what was paid and
 * not yet refunded minus their new total. Gifts whose condition the return breaks must come back, or
 * their value is withheld.
 */
public final class ReturnCalculator {

    private ReturnCalculator() {
    }

    public static Either<PromotionError, RefundResult> refund(ReturnRequest req) {
        for (var e : req.returning().entrySet()) {
            var line = req.frozen().line(e.getKey());
            if (line.isEmpty() || line.get().gift()) {
                return Either.left(new PromotionError.InvalidReturn("returning." + e.getKey(), "no such merchandise line"));
            }
            Quantity left = line.get().quantity().minus(priorQty(req, e.getKey()));
            if (!e.getValue().isPositive() || e.getValue().compareTo(left) > 0) {
                return Either.left(new PromotionError.InvalidReturn("returning." + e.getKey(),
                        "must be positive and at most the " + left.format() + " units left"));
            }
        }
        for (Integer g : req.giftsReturned()) {
            var gift = req.frozen().line(g);
            if (gift.isEmpty() || !gift.get().gift()) {
                return Either.left(new PromotionError.InvalidReturn("giftsReturned", "line " + g + " is not a gift line of the order"));
            }
            if (giftBack(req, gift.get())) {
                return Either.left(new PromotionError.InvalidReturn("giftsReturned", "gift line " + g + " was handed back already"));
            }
        }
        return Either.right(compute(req));
    }

    private static RefundResult compute(ReturnRequest req) {
        PricingResult f = req.frozen();
        List<LineRefund> lines = new ArrayList<>();
        long keepTotal = 0;
        long points = 0;
        for (LineResult l : f.lines()) {
            Quantity k = req.returning().get(l.lineNo());
            if (k == null || l.charge()) {
                continue;
            }
            long cash = share(l, k, req, l.payable().minor(), prior(req, l.lineNo()).refunded().minor());
            long pts = share(l, k, req, l.pointsRedeemed(), prior(req, l.lineNo()).points());
            lines.add(new LineRefund(l.lineNo(), l.sku(), k, money(f, cash), pts));
            keepTotal += cash;
            points += pts;
        }
        Kept kept = Kept.reprice(req);
        ReturnPolicy policy = policyOf(req);
        long refund = keepTotal;
        if (policy == ReturnPolicy.CLAW_BACK) {
            refund = Math.max(0, kept.paidNotRefunded() - kept.result().payable().minor());
            lines = ClawBack.spread(lines, refund, f);
        }
        List<Integer> giftsToReturn = kept.brokenGifts();
        long deduction = 0;
        long released = 0;
        List<GiftReturn> gifts = new ArrayList<>();
        for (LineResult g : f.gifts()) {
            boolean now = req.giftsReturned().contains(g.lineNo());
            long withheldBefore = prior(req, g.lineNo()).withheld().minor();
            long withhold = !now && withheldBefore == 0 && !giftBack(req, g) && giftsToReturn.contains(g.lineNo())
                    ? Math.min(g.baseAmount().minor(), refund - deduction) : 0;
            long release = now ? withheldBefore : 0;
            deduction += withhold;
            released += release;
            if (now || withhold > 0) {
                gifts.add(new GiftReturn(g.lineNo(), now ? g.quantity() : Quantity.ZERO, money(f, withhold), money(f, release)));
            }
        }
        long cash = refund - deduction + released;
        long earnedBack = f.payable().isZero() ? 0 : Amounts.mulDivFloor(f.pointsToEarn(), cash, f.payable().minor());
        return new RefundResult(lines, money(f, cash), policy, giftsToReturn, money(f, deduction), points,
                earnedBack, kept.wholeOrderBack() ? coupons(f) : List.of(), money(f, released), gifts);
    }

    /** Whether earlier returns handed this gift line back. */
    private static boolean giftBack(ReturnRequest req, LineResult gift) {
        return priorQty(req, gift.lineNo()).compareTo(gift.quantity()) >= 0;
    }

    /** The share of {@code total} for k units: half up, and the return that empties the line takes the rest. */
    private static long share(LineResult l, Quantity k, ReturnRequest req, long total, long alreadyBack) {
        Quantity after = priorQty(req, l.lineNo()).plus(k);
        if (after.compareTo(l.quantity()) >= 0) {
            return total - alreadyBack;
        }
        BigDecimal exact = BigDecimal.valueOf(total).multiply(k.value()).divide(l.quantity().value(), 0, RoundingMode.HALF_UP);
        return Math.min(exact.longValueExact(), total - alreadyBack);
    }

    private static ReturnPolicy policyOf(ReturnRequest req) {
        for (AppliedScheme a : req.frozen().applied()) {
            for (Scheme s : req.schemes()) {
                if (s.id().equals(a.schemeId()) && s.returnPolicy().orElse(null) == ReturnPolicy.CLAW_BACK) {
                    return ReturnPolicy.CLAW_BACK;
                }
            }
        }
        return req.policy().returnPolicy();
    }

    private static List<String> coupons(PricingResult f) {
        return f.applied().stream().filter(a -> a.stage() == Stage.S4_COUPON).map(AppliedScheme::schemeId).toList();
    }

    static PriorReturn prior(ReturnRequest req, int lineNo) {
        return req.prior().getOrDefault(lineNo, new PriorReturn(Quantity.ZERO, Money.zero(req.frozen().payable().currency()), 0));
    }

    static Quantity priorQty(ReturnRequest req, int lineNo) {
        return prior(req, lineNo).quantity();
    }

    private static Money money(PricingResult f, long minor) {
        return Money.of(minor, f.payable().currency());
    }
}
