package io.xinling.domain.promotion.scheme;

import java.util.Optional;
import java.util.Set;

/**
 * Who and where (spec 3.10): stores and channels (empty = all), member levels and tags (empty = anyone;
 * a level or tag list means members only), a new-customer limit on previous paid orders, the coupon
 * code that must be presented, and the tender methods of a payment offer.
 */
public record Audience(Set<String> stores, Set<String> channels, Set<String> memberLevels, Set<String> memberTags,
                       boolean membersOnly, Optional<Integer> maxPreviousOrders, Optional<String> couponCode,
                       Set<String> tenderMethods) {

    public static final Audience ANYONE = new Audience(Set.of(), Set.of(), Set.of(), Set.of(), false, Optional.empty(),
            Optional.empty(), Set.of());

    public Audience {
        stores = Set.copyOf(stores);
        channels = Set.copyOf(channels);
        memberLevels = Set.copyOf(memberLevels);
        memberTags = Set.copyOf(memberTags);
        maxPreviousOrders.ifPresent(n -> {
            if (n < 0) {
                throw new IllegalArgumentException("negative previous orders");
            }
        });
        tenderMethods = Set.copyOf(tenderMethods);
    }

    public Audience withCoupon(String code) {
        return new Audience(stores, channels, memberLevels, memberTags, membersOnly, maxPreviousOrders,
                Optional.of(code), tenderMethods);
    }

    public Audience withMembersOnly() {
        return new Audience(stores, channels, memberLevels, memberTags, true, maxPreviousOrders, couponCode, tenderMethods);
    }
}
