package io.xinling.domain.promotion.rule;

import io.xinling.domain.promotion.Offer;

import java.util.List;

/** Grants k gifts from a list, honouring the customer's choice and the gift stock left (spec 2.13, 2.23). */
public final class Gifts {

    private Gifts() {
    }

    public static RuleOutcome.Benefit grant(RuleInput in, List<GiftOption> options, long entitled, List<LineShare> consumed,
                                     long uses, String basis) {
        long given = Math.min(entitled, in.giftStock());
        List<String> chosen = in.context().giftChoices().getOrDefault(in.schemeId(), List.of());
        GiftOption gift = chosen(options, chosen);
        List<GiftGrant> grants = given > 0 ? List.of(new GiftGrant(gift.sku(), given, gift.value())) : List.of();
        List<String> messages = given < entitled ? List.of("赠品库存不足，少赠" + (entitled - given) + "件") : List.of();
        List<Offer> offers = List.of();
        if (options.size() > 1 && chosen.isEmpty()) {
            offers = List.of(new Offer(in.schemeId(), Offer.Kind.GIFT_CHOICE, options.stream().map(GiftOption::sku).toList(),
                    given, io.xinling.domain.kernel.Money.cny(0), "可选赠品"));
        }
        return new RuleOutcome.Benefit(consumed, grants, 0, uses, basis, offers, List.of(), 0, messages);
    }

    /** The first option the customer chose, else the first option (a loop: a rule runs on every cart). */
    private static GiftOption chosen(List<GiftOption> options, List<String> chosen) {
        for (int j = 0; j < options.size(); j++) {
            if (chosen.contains(options.get(j).sku())) {
                return options.get(j);
            }
        }
        return options.get(0);
    }
}
