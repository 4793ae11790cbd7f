package io.xinling.domain.promotion.rule;

import io.xinling.domain.promotion.Offer;
import io.xinling.domain.promotion.PostOrderReward;
import io.xinling.domain.promotion.Reason;

import java.util.List;

/** What one rule makes of a cart at its stage: a benefit, or a reason it did not apply. */
public sealed interface RuleOutcome {

    /** Did not apply: reason, the shortfall to the threshold in minor units (0 if none), a message. */
    record Skip(Reason reason, long shortfall, String message, List<Offer> offers) implements RuleOutcome {
        public Skip {
            offers = List.copyOf(offers);
        }
    }

    /**
     * Applied: shares per line, gift lines to add, shipping reduction, how many times it applied, the
     * basis (tier, rate, deals), offers still open, rewards after payment, extra points to earn, messages.
     */
    record Benefit(List<LineShare> shares, List<GiftGrant> gifts, long shippingOff, long uses, String basis,
                   List<Offer> offers, List<PostOrderReward> rewards, long extraPoints, List<String> messages)
            implements RuleOutcome {
        public Benefit {
            shares = FrozenList.copyOf(shares);
            gifts = List.copyOf(gifts);
            offers = List.copyOf(offers);
            rewards = List.copyOf(rewards);
            messages = List.copyOf(messages);
        }

        public long total() {
            long sum = shippingOff;
            if (shares instanceof ProRataShares split) {
                sum += split.total();
            } else if (shares instanceof LineShares flat) {
                sum += flat.total();
            } else {
                for (int j = 0; j < shares.size(); j++) {
                    sum += shares.get(j).amount();
                }
            }
            for (int j = 0; j < gifts.size(); j++) {
                GiftGrant g = gifts.get(j);
                sum += g.unitValue() * g.quantity();
            }
            return sum + extraPoints;
        }

        /**
         * Hands each share to {@code sink}, in order. Shares still to be split over payables are split into
         * plain numbers and never built as {@link LineShare}s: the engine applies a winner's shares this way.
         */
        public void forEachShare(LineShare.Sink sink) {
            if (shares instanceof ProRataShares split) {
                split.forEach(sink);
                return;
            }
            if (shares instanceof LineShares flat) {
                flat.forEach(sink);
                return;
            }
            for (int j = 0; j < shares.size(); j++) {
                LineShare sh = shares.get(j);
                sink.accept(sh.index(), sh.amount(), sh.units(), sh.basis(), sh.points());
            }
        }

        public Benefit withMessages(List<String> more) {
            return new Benefit(shares, gifts, shippingOff, uses, basis, offers, rewards, extraPoints, more);
        }
    }

    static Skip skip(Reason reason, String message) {
        return new Skip(reason, 0, message, List.of());
    }

    static Skip shortBy(long shortfall, String message) {
        return new Skip(Reason.THRESHOLD_NOT_MET, shortfall, message, List.of());
    }

    static Benefit shares(List<LineShare> shares, long uses, String basis) {
        return new Benefit(shares, List.of(), 0, uses, basis, List.of(), List.of(), 0, List.of());
    }

    static Benefit gifts(List<GiftGrant> gifts, long uses, String basis, List<String> messages) {
        return new Benefit(List.of(), gifts, 0, uses, basis, List.of(), List.of(), 0, messages);
    }
}
