package io.xinling.application.promotion.conflict;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.Cart;
import io.xinling.domain.promotion.CartLine;
import io.xinling.domain.promotion.PricingContext;
import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.scheme.Audience;
import io.xinling.domain.promotion.scheme.ProductScope;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A cart and a sale the candidate scheme reaches when the caller gives none: two units at 100.00 of up
 * to five SKUs, categories or brands of its scope, at the start of its window (or {@code now}), in its
 * first store and channel, for a member when it needs one, presenting its coupon code and tender.
 */
public record SampleOrder(Cart cart, PricingContext context) {

    private static final int MAX_LINES = 5;
    private static final Money PRICE = Money.cny("100.00");

    public static SampleOrder of(Scheme candidate, LocalDateTime now) {
        return new SampleOrder(cart(candidate.scope()), context(candidate, now));
    }

    private static Cart cart(ProductScope scope) {
        List<CartLine> lines = new ArrayList<>();
        for (String sku : new TreeSet<>(scope.skus())) {
            add(lines, sku, "", "");
        }
        for (String category : new TreeSet<>(scope.categories())) {
            add(lines, "sample-" + category, category, "");
        }
        for (String brand : new TreeSet<>(scope.brands())) {
            add(lines, "sample-" + brand, "", brand);
        }
        if (lines.isEmpty()) {
            add(lines, "sample", "", "");
        }
        return new Cart(lines);
    }

    private static void add(List<CartLine> lines, String sku, String category, String brand) {
        if (lines.size() < MAX_LINES) {
            lines.add(CartLine.of(lines.size() + 1, sku, category, brand, PRICE, 2));
        }
    }

    private static PricingContext context(Scheme candidate, LocalDateTime now) {
        Audience a = candidate.audience();
        PricingContext ctx = PricingContext.at(first(a.stores()), first(a.channels()),
                candidate.window().start().orElse(now));
        if (a.membersOnly() || !a.memberLevels().isEmpty() || !a.memberTags().isEmpty()) {
            ctx = ctx.withMember(a.memberLevels().isEmpty() ? "MEMBER" : first(a.memberLevels()), a.memberTags());
        }
        if (a.couponCode().isPresent()) {
            ctx = ctx.withCoupons(Set.of(a.couponCode().get()));
        }
        return a.tenderMethods().isEmpty() ? ctx : ctx.withTender(first(a.tenderMethods()));
    }

    private static String first(Set<String> values) {
        return values.isEmpty() ? "" : new TreeSet<>(values).first();
    }
}
