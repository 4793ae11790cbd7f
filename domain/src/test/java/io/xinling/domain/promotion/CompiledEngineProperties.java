package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Percentage;
import io.xinling.domain.promotion.engine.SchemeIndex;
import io.xinling.domain.promotion.reference.Pricer;
import io.xinling.domain.promotion.scheme.SchemeFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compiled engine ({@link PromotionEngine} over a {@link SchemeIndex} built once and reused across
 * carts) gives exactly the result of the straightforward engine it replaced ({@code reference.Pricer},
 * a frozen copy), field by field and character by character, over generated carts (1–80 lines, so
 * carts past 64 lines are covered too), scheme sets of all 42 types with exclusion groups, stacking
 * flags, limits, exclusions, usage left, and every policy knob.
 */
class CompiledEngineProperties {

    record Case(List<Cart> carts, List<Scheme> schemes, PricingContext context, PromotionPolicy policy) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<Cart>> carts = cart().list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<List<Scheme>> schemes = Arbitraries.integers().between(0, 40).flatMap(n -> {
            List<Arbitrary<Scheme>> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(scheme(i));
            }
            return Combinators.combine(list).as(ArrayList::new);
        });
        return Combinators.combine(carts, schemes, context(), policy())
                .as((c, s, ctx, p) -> new Case(c, s, withUsage(ctx, s), p));
    }

    @Property
    void theCompiledEngineGivesExactlyTheStraightforwardResult(@ForAll("cases") Case c) {
        SchemeIndex index = PromotionEngine.index(c.schemes());
        for (Cart cart : c.carts()) {
            PricingResult expected = Pricer.price(cart, c.context(), new io.xinling.domain.promotion.reference.SchemeIndex(
                    c.schemes()), c.policy());
            PricingResult actual = PromotionEngine.price(cart, c.context(), index, c.policy());
            assertThat(actual).isEqualTo(expected);
            assertThat(actual.toString()).isEqualTo(expected.toString());
        }
    }

    /**
     * Pricing a cart against only the schemes its lines can reach ({@link SchemeIndex#candidates}) gives exactly the
     * result against the whole set: a caller that adds schemes for one cart (its coupons) indexes those candidates,
     * not every active scheme again.
     */
    @Property
    void theCandidatesOfACartPriceItExactlyAsTheWholeSetDoes(@ForAll("cases") Case c) {
        SchemeIndex index = PromotionEngine.index(c.schemes());
        for (Cart cart : c.carts()) {
            PricingResult whole = PromotionEngine.price(cart, c.context(), index, c.policy());
            PricingResult candidates = PromotionEngine.price(cart, c.context(),
                    PromotionEngine.index(index.candidates(cart.lines())), c.policy());
            assertThat(candidates.toString()).isEqualTo(whole.toString());
        }
    }

    /** No order takes more than a scheme's budget left or its campaign's, and a campaign out of orders gives nothing. */
    @Property
    void budgetsOfSchemesAndCampaignsAreNeverOverdrawn(@ForAll("cases") Case c) {
        SchemeIndex index = PromotionEngine.index(c.schemes());
        for (Cart cart : c.carts()) {
            PricingResult result = PromotionEngine.price(cart, c.context(), index, c.policy());
            Map<String, Long> byPool = new HashMap<>();
            for (AppliedScheme a : result.applied()) {
                SchemeUsage usage = c.context().usageOf(a.schemeId());
                assertThat(a.benefit().minor()).as(a.schemeId()).isLessThanOrEqualTo(usage.budgetLeftMinor());
                assertThat(usage.poolUsesLeft()).as(a.schemeId()).isPositive();
                byPool.merge(usage.pool(), a.benefit().minor(), Long::sum);
            }
            assertThat(byPool.getOrDefault("campaign-a", 0L)).as(() -> result.applied().stream()
                    .filter(a -> c.context().usageOf(a.schemeId()).pool().equals("campaign-a"))
                    .map(a -> a.toString()).toList().toString())
                    .isLessThanOrEqualTo(900);
            assertThat(byPool).doesNotContainKey("campaign-b");
        }
    }

    private static Arbitrary<Cart> cart() {
        Arbitrary<Integer> size = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(1, 24)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(25, 60)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(61, 80)));
        return size.flatMap(n -> {
            List<Arbitrary<CartLine>> lines = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                int lineNo = i;
                lines.add(Combinators.combine(PromotionArbitraries.line(i), Arbitraries.integers().between(0, 9))
                        .as((l, k) -> k == 0 ? l.notPromotable() : k == 1 ? l.excludedFromMemberDiscount()
                                : k == 2 ? new CartLine(lineNo, l.sku(), l.categories(), l.brand(), l.unitPrice(),
                                io.xinling.domain.kernel.Quantity.of("1.5"), true, false,
                                l.floor()) : l));
            }
            return Combinators.combine(lines).as(Cart::new);
        });
    }

    private static Arbitrary<Scheme> scheme(int index) {
        Arbitrary<String> type = Arbitraries.of(PromotionArbitraries.TYPES);
        Arbitrary<Integer> scope = Arbitraries.integers().between(0, 6);
        Arbitrary<Integer> knob = Arbitraries.integers().between(1, 9);
        Arbitrary<Integer> priority = Arbitraries.integers().between(0, 2);
        Arbitrary<Integer> group = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> stacking = Arbitraries.integers().between(0, 63);
        Arbitrary<Integer> limits = Arbitraries.integers().between(0, 5);
        return Combinators.combine(type, scope, knob, priority, group, stacking, limits)
                .as((t, s, k, p, g, st, l) -> build(index, t, s, k, p, g, st, l));
    }

    private static Scheme build(int index, String type, int scope, int knob, int priority, int group, int stacking,
                                int limits) {
        Scheme base = PromotionArbitraries.build(index, type, Math.min(scope, 4), knob, priority);
        Map<String, Object> def = new HashMap<>();
        def.put("id", base.id());
        def.put("priority", priority);
        def.put("campaignStart", "2026-0" + (1 + knob % 3) + "-01T00:00:00");
        def.put("params", scaled(type, knob));
        def.put("scope", switch (scope) {
            case 5 -> Map.of("categories", List.of("CAT-" + (knob % 2)), "excludeSkus", List.of("SKU-" + knob));
            case 6 -> Map.of("excludeBrands", List.of("BRAND-" + (knob % 3)), "excludeCategories", List.of("CAT-5"));
            default -> scopeOf(base);
        });
        if (group == 1 || group == 2) {
            def.put("exclusionGroup", "G" + group);
        }
        if (stacking != 0 && stacking % 4 != 0) {
            def.put("stacking", Map.of("stacksWithMemberDiscount", (stacking & 1) != 0,
                    "stacksWithOrderPromotions", (stacking & 2) == 0, "stacksWithCoupons", (stacking & 4) == 0,
                    "stacksWithPoints", (stacking & 8) == 0, "excludeSpecialPriceItems", (stacking & 16) != 0,
                    "exclusive", (stacking & 32) != 0 && stacking % 3 == 0));
        }
        switch (limits) {
            case 1 -> def.put("limits", Map.of("usesPerOrder", knob % 3));
            case 2 -> def.put("limits", Map.of("qtyPerOrder", knob));
            case 3 -> def.put("limits", Map.of("partialBudget", true));
            default -> {
            }
        }
        if (type.endsWith("coupon")) {
            def.put("audience", Map.of("couponCode", knob % 2 == 0 ? "CODE" : "OTHER"));
        } else if (type.equals("payment_method_offer")) {
            def.put("audience", Map.of("tenderMethods", List.of(knob % 2 == 0 ? "WECHAT" : "CASH")));
        } else if (knob == 7) {
            def.put("audience", Map.of("memberLevels", List.of("GOLD")));
        }
        return SchemeFactory.create(type, def).getOrElseThrow(e -> new IllegalStateException(type + ": " + e.message()));
    }

    private static Map<String, Object> scaled(String type, int knob) {
        return PromotionArbitraries.scale(PromotionFixtures.SAMPLE_PARAMS.get(type), knob);
    }

    private static Map<String, Object> scopeOf(Scheme s) {
        Map<String, Object> out = new HashMap<>();
        if (!s.scope().skus().isEmpty()) {
            out.put("skus", List.copyOf(new java.util.TreeSet<>(s.scope().skus())));
        }
        if (!s.scope().categories().isEmpty()) {
            out.put("categories", List.copyOf(new java.util.TreeSet<>(s.scope().categories())));
        }
        if (!s.scope().brands().isEmpty()) {
            out.put("brands", List.copyOf(new java.util.TreeSet<>(s.scope().brands())));
        }
        return out;
    }

    private static Arbitrary<PricingContext> context() {
        Arbitrary<Integer> member = Arbitraries.integers().between(0, 2);
        Arbitrary<Boolean> coupon = Arbitraries.of(true, false);
        Arbitrary<Boolean> shipping = Arbitraries.of(true, false);
        return Combinators.combine(member, coupon, shipping).as((m, c, sh) -> {
            PricingContext ctx = PricingContext.at("S1", "POS", java.time.LocalDateTime.of(2026, 11, 25, 12, 0))
                    .withPoints(5000).withTender("WECHAT").withPeriodVolume(Money.cny("20000.00"))
                    .withManualDiscountLimit(Percentage.ofPercent("100"));
            if (m == 1) {
                ctx = ctx.withMember("GOLD", Set.of("VIP"));
            } else if (m == 2) {
                ctx = ctx.withMember("SILVER", Set.of());
            }
            if (c) {
                ctx = ctx.withCoupons(Set.of("CODE"));
            }
            return sh ? ctx.withShippingFee(Money.cny("8.00")) : ctx;
        });
    }

    /**
     * Some schemes have little left: budget, units, gift stock, a campaign budget shared with other schemes, a campaign
     * out of orders (a deterministic pick from the ids).
     */
    private static PricingContext withUsage(PricingContext ctx, List<Scheme> schemes) {
        Map<String, SchemeUsage> usage = new HashMap<>();
        for (Scheme s : schemes) {
            int h = Math.floorMod(s.id().hashCode(), 7);
            switch (h) {
                case 1 -> usage.put(s.id(), SchemeUsage.UNLIMITED.withBudget(50 + h * 37L));
                case 2 -> usage.put(s.id(), SchemeUsage.UNLIMITED.withActivityStock(3));
                case 3 -> usage.put(s.id(), SchemeUsage.UNLIMITED.withGiftStock(0));
                case 4 -> usage.put(s.id(), SchemeUsage.UNLIMITED.inPool("campaign-a", 900, Long.MAX_VALUE));
                case 5 -> usage.put(s.id(), SchemeUsage.UNLIMITED.withBudget(600).inPool("campaign-a", 900, Long.MAX_VALUE));
                case 6 -> usage.put(s.id(), SchemeUsage.UNLIMITED.inPool("campaign-b", Long.MAX_VALUE, 0));
                default -> {
                }
            }
        }
        return ctx.withUsage(usage);
    }

    private static Arbitrary<PromotionPolicy> policy() {
        Arbitrary<SelectionMode> selection = Arbitraries.of(SelectionMode.class);
        Arbitrary<ThresholdBase> base = Arbitraries.of(ThresholdBase.class);
        Arbitrary<Integer> exhaustive = Arbitraries.integers().between(0, 5);
        Arbitrary<Boolean> memberStacks = Arbitraries.of(true, false);
        Arbitrary<Boolean> guard = Arbitraries.of(true, false);
        Arbitrary<Long> minimum = Arbitraries.of(0L, 0L, 500L);
        Arbitrary<UnitSelection> units = Arbitraries.of(UnitSelection.class);
        return Combinators.combine(selection, base, exhaustive, memberStacks, guard, minimum, units)
                .as((s, b, e, m, g, min, u) -> new PromotionPolicy(s, b, u, min, m,
                        ReturnPolicy.KEEP_ALLOCATION, 1, e, g));
    }
}
