package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Percentage;

import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything about the sale except the goods: where and when (ticket time in the store's zone), who
 * (member level and tags, birthday, previous paid orders), what was presented (coupon codes, points,
 * tender), shipping fee, the dealer's period volume, what is left of limited resources per scheme id,
 * gift choices per scheme id, and the cashier's maximum manual discount rate.
 */
public record PricingContext(String store, String channel, LocalDateTime ticketTime, Optional<String> memberLevel,
                             Set<String> memberTags, Optional<MonthDay> birthday, int previousOrders,
                             Set<String> couponCodes, long pointsBalance, Optional<String> tenderMethod,
                             Optional<Money> shippingFee, Optional<Money> periodVolume,
                             Map<String, SchemeUsage> usage, Map<String, List<String>> giftChoices,
                             Percentage manualDiscountLimit) {

    public PricingContext {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(ticketTime, "ticketTime");
        Objects.requireNonNull(memberLevel, "memberLevel");
        memberTags = Set.copyOf(memberTags);
        Objects.requireNonNull(birthday, "birthday");
        couponCodes = Set.copyOf(couponCodes);
        Objects.requireNonNull(tenderMethod, "tenderMethod");
        Objects.requireNonNull(shippingFee, "shippingFee");
        Objects.requireNonNull(periodVolume, "periodVolume");
        usage = Map.copyOf(usage);
        giftChoices = Map.copyOf(giftChoices);
        Objects.requireNonNull(manualDiscountLimit, "manualDiscountLimit");
        if (previousOrders < 0 || pointsBalance < 0) {
            throw new IllegalArgumentException("previous orders and points must not be negative");
        }
        if (shippingFee.filter(Money::isNegative).isPresent() || periodVolume.filter(Money::isNegative).isPresent()) {
            throw new IllegalArgumentException("shipping fee and period volume must not be negative");
        }
    }

    /** An anonymous customer at a store and channel at a ticket time. */
    public static PricingContext at(String store, String channel, LocalDateTime ticketTime) {
        return new PricingContext(store, channel, ticketTime, Optional.empty(), Set.of(), Optional.empty(), 0,
                Set.of(), 0, Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Map.of(),
                Percentage.HUNDRED);
    }

    public boolean isMember() {
        return memberLevel.isPresent();
    }

    public SchemeUsage usageOf(String schemeId) {
        return usage.isEmpty() ? SchemeUsage.UNLIMITED : usage.getOrDefault(schemeId, SchemeUsage.UNLIMITED);
    }

    public PricingContext withMember(String level, Set<String> tags) {
        return new PricingContext(store, channel, ticketTime, Optional.of(level), tags, birthday, previousOrders,
                couponCodes, pointsBalance, tenderMethod, shippingFee, periodVolume, usage, giftChoices, manualDiscountLimit);
    }

    public PricingContext withTime(LocalDateTime time) {
        return new PricingContext(store, channel, time, memberLevel, memberTags, birthday, previousOrders,
                couponCodes, pointsBalance, tenderMethod, shippingFee, periodVolume, usage, giftChoices, manualDiscountLimit);
    }

    public PricingContext withPreviousOrders(int orders) {
        return new PricingContext(store, channel, ticketTime, memberLevel, memberTags, birthday, orders,
                couponCodes, pointsBalance, tenderMethod, shippingFee, periodVolume, usage, giftChoices, manualDiscountLimit);
    }

    public PricingContext withCoupons(Set<String> codes) {
        return new PricingContext(store, channel, ticketTime, memberLevel, memberTags, birthday, previousOrders,
                codes, pointsBalance, tenderMethod, shippingFee, periodVolume, usage, giftChoices, manualDiscountLimit);
    }

    public PricingContext withPoints(long points) {
        return new PricingContext(store, channel, ticketTime, memberLevel, memberTags, birthday, previousOrders,
                couponCodes, points, tenderMethod, shippingFee, periodVolume, usage, giftChoices, manualDiscountLimit);
    }

    public PricingContext withTender(String method) {
        return new PricingContext(store, channel, ticketTime, memberLevel, memberTags, birthday, previousOrders,
                couponCodes, pointsBalance, Optional.ofNullable(method), shippingFee, periodVolume, usage, giftChoices,
                manualDiscountLimit);
    }

    public PricingContext withShippingFee(Money fee) {
        return new PricingContext(store, channel, ticketTime, memberLevel, memberTags, birthday, previousOrders,
                couponCodes, pointsBalance, tenderMethod, Optional.of(fee), periodVolume, usage, giftChoices, manualDiscountLimit);
    }

    public PricingContext withPeriodVolume(Money volume) {
        return new PricingContext(store, channel, ticketTime, memberLevel, memberTags, birthday, previousOrders,
                couponCodes, pointsBalance, tenderMethod, shippingFee, Optional.of(volume), usage, giftChoices, manualDiscountLimit);
    }

    public PricingContext withUsage(Map<String, SchemeUsage> newUsage) {
        return new PricingContext(store, channel, ticketTime, memberLevel, memberTags, birthday, previousOrders,
                couponCodes, pointsBalance, tenderMethod, shippingFee, periodVolume, newUsage, giftChoices, manualDiscountLimit);
    }

    public PricingContext withGiftChoices(Map<String, List<String>> choices) {
        return new PricingContext(store, channel, ticketTime, memberLevel, memberTags, birthday, previousOrders,
                couponCodes, pointsBalance, tenderMethod, shippingFee, periodVolume, usage, choices, manualDiscountLimit);
    }

    public PricingContext withBirthday(MonthDay day) {
        return new PricingContext(store, channel, ticketTime, memberLevel, memberTags, Optional.of(day), previousOrders,
                couponCodes, pointsBalance, tenderMethod, shippingFee, periodVolume, usage, giftChoices, manualDiscountLimit);
    }

    public PricingContext withManualDiscountLimit(Percentage limit) {
        return new PricingContext(store, channel, ticketTime, memberLevel, memberTags, birthday, previousOrders,
                couponCodes, pointsBalance, tenderMethod, shippingFee, periodVolume, usage, giftChoices, limit);
    }
}
