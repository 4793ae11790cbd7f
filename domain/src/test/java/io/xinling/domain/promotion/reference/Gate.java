package io.xinling.domain.promotion.reference;

import io.xinling.domain.promotion.PricingContext;
import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.scheme.Audience;

import java.util.Optional;

/** The checks a scheme must pass before its rule runs: window, store, channel, audience, coupon, limits. */
final class Gate {

    private Gate() {
    }

    static Optional<Reason> refuse(Scheme s, PricingContext ctx) {
        Audience a = s.audience();
        if (!s.window().contains(ctx.ticketTime(), ctx.birthday())) {
            return Optional.of(Reason.OUT_OF_WINDOW);
        }
        if (!a.stores().isEmpty() && !a.stores().contains(ctx.store())) {
            return Optional.of(Reason.STORE_NOT_ELIGIBLE);
        }
        if (!a.channels().isEmpty() && !a.channels().contains(ctx.channel())) {
            return Optional.of(Reason.CHANNEL_NOT_ELIGIBLE);
        }
        if (!memberOk(a, ctx)) {
            return Optional.of(Reason.MEMBER_NOT_ELIGIBLE);
        }
        // an anonymous ticket has no known order history, so it is never a new customer's (spec 2.27)
        if (a.maxPreviousOrders().isPresent()
                && (ctx.memberLevel().isEmpty() || ctx.previousOrders() > a.maxPreviousOrders().get())) {
            return Optional.of(Reason.NOT_NEW_CUSTOMER);
        }
        if (a.couponCode().isPresent() && !ctx.couponCodes().contains(a.couponCode().get())) {
            return Optional.of(Reason.COUPON_NOT_PRESENTED);
        }
        if (!a.tenderMethods().isEmpty()
                && (ctx.tenderMethod().isEmpty() || !a.tenderMethods().contains(ctx.tenderMethod().get()))) {
            return Optional.of(Reason.TENDER_NOT_ELIGIBLE);
        }
        if (ctx.usageOf(s.id()).usesExhausted() || s.limits().usesPerOrder() == 0) {
            return Optional.of(Reason.LIMIT_REACHED);
        }
        return Optional.empty();
    }

    private static boolean memberOk(Audience a, PricingContext ctx) {
        boolean needsMember = a.membersOnly() || !a.memberLevels().isEmpty() || !a.memberTags().isEmpty();
        if (!needsMember) {
            return true;
        }
        if (ctx.memberLevel().isEmpty()) {
            return false;
        }
        boolean levelOk = a.memberLevels().isEmpty() || a.memberLevels().contains(ctx.memberLevel().get());
        boolean tagOk = a.memberTags().isEmpty() || a.memberTags().stream().anyMatch(ctx.memberTags()::contains);
        return levelOk && tagOk;
    }
}
