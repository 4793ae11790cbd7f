package io.xinling.domain.promotion.rule;

import io.xinling.domain.promotion.Offer;

import java.util.ArrayList;
import java.util.List;

/** Grants k gifts from a list, honouring the customer's choice and the gift stock left (spec 2.13, 2.23). */
public final class Gifts {

    private Gifts() {
    }

    public static RuleOutcome.Benefit grant(RuleInput in, List<GiftOption> options, long entitled, List<LineShare> consumed,
                                     long uses, String basis) {
        long given = Math.min(entitled, in.giftStock());
        List<String> chosen = in.context().giftChoices().getOrDefault(in.schemeId(), List.of());
        GiftOption gift = options.stream().filter(o -> chosen.contains(o.sku())).findFirst().orElse(options.get(0));
        List<GiftGrant> grants = given > 0 ? List.of(new GiftGrant(gift.sku(), given, gift.value())) : List.of();
        List<String> messages = new ArrayList<>();
        if (given < entitled) {
            messages.add("赠品库存不足，少赠" + (entitled - given) + "件");
        }
        List<Offer> offers = new ArrayList<>();
        if (options.size() > 1 && chosen.isEmpty()) {
            offers.add(new Offer(in.schemeId(), Offer.Kind.GIFT_CHOICE, options.stream().map(GiftOption::sku).toList(),
                    given, io.xinling.domain.kernel.Money.cny(0), "可选赠品"));
        }
        return new RuleOutcome.Benefit(consumed, grants, 0, uses, basis, offers, List.of(), 0, messages);
    }
}
