package io.xinling.application.promotion.quota;

import io.xinling.application.promotion.campaign.Campaign;
import io.xinling.domain.promotion.AppliedScheme;
import io.xinling.domain.promotion.Adjustment;
import io.xinling.domain.promotion.LineResult;
import io.xinling.domain.promotion.PricingResult;
import io.xinling.domain.promotion.SchemeUsage;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The two directions between counters and the engine: what is left of each limited scheme for this
 * customer on this day (fed to the engine as {@link SchemeUsage}), and what a priced order takes
 * ({@link Claim}s, sorted by counter key). Per-customer limits count only when the member is known, except that a
 * public coupon code limited per customer ({@code perCodePerCustomer}) is used up for an order without a member: such a
 * limit cannot be kept for a customer nobody knows.
 */
public final class Quotas {

    private Quotas() {
    }

    /** The counters to read for pricing an order of {@code member} (if any) on {@code day}. */
    public static List<CounterKey> keys(Map<String, SchemeQuota> quotas, Map<String, Campaign> campaigns,
                                        Optional<Long> member, LocalDate day) {
        TreeSet<CounterKey> keys = new TreeSet<>();
        quotas.forEach((scheme, quota) -> quota.limits().keySet().forEach(r -> key(scheme, quota, r, member, day).ifPresent(keys::add)));
        campaigns.values().forEach(c -> {
            c.budgetMinor().ifPresent(b -> keys.add(CounterKey.campaign(c.id(), Resource.BUDGET)));
            c.budgetOrders().ifPresent(b -> keys.add(CounterKey.campaign(c.id(), Resource.USES_TOTAL)));
        });
        return List.copyOf(keys);
    }

    /**
     * What is left per limited scheme, never below zero (a limit lowered under its use leaves nothing); a scheme of a
     * campaign with a budget ({@code campaigns}: by scheme id) also draws on what is left of the campaign's.
     */
    public static Map<String, SchemeUsage> left(Map<String, SchemeQuota> quotas, Map<String, Campaign> campaigns,
                                                Map<CounterKey, Long> used, Optional<Long> member, LocalDate day) {
        Map<String, SchemeUsage> out = new HashMap<>();
        quotas.forEach((scheme, q) -> {
            if (q.isLimited()) {
                Map<Resource, Long> left = new HashMap<>();
                for (Resource r : Resource.values()) {
                    left.put(r, key(scheme, q, r, member, day).filter(k -> q.limits(r))
                            .map(k -> Math.max(0, q.limit(r) - used.getOrDefault(k, 0L))).orElse(Long.MAX_VALUE));
                }
                if (member.isEmpty() && q.limits(Resource.PER_CODE_PER_CUSTOMER)) {
                    left.put(Resource.PER_CODE_PER_CUSTOMER, 0L);
                }
                out.put(scheme, new SchemeUsage(left.get(Resource.QTY_PER_CUSTOMER), left.get(Resource.ACTIVITY_STOCK),
                        left.get(Resource.GIFT_STOCK),
                        Math.min(Math.min(left.get(Resource.USES_PER_CUSTOMER), left.get(Resource.USES_PER_CUSTOMER_PER_DAY)),
                                left.get(Resource.PER_CODE_PER_CUSTOMER)),
                        Math.min(left.get(Resource.USES_TOTAL), left.get(Resource.PER_CODE_USES)), left.get(Resource.BUDGET)));
            }
        });
        campaigns.forEach((scheme, c) -> out.put(scheme, out.getOrDefault(scheme, SchemeUsage.UNLIMITED).inPool(c.id(),
                c.budgetMinor().map(b -> Math.max(0, b - used.getOrDefault(CounterKey.campaign(c.id(), Resource.BUDGET), 0L)))
                        .orElse(Long.MAX_VALUE),
                c.budgetOrders().map(b -> Math.max(0, b - used.getOrDefault(CounterKey.campaign(c.id(), Resource.USES_TOTAL), 0L)))
                        .orElse(Long.MAX_VALUE))));
        return out;
    }

    /**
     * What the priced order takes of every limited resource of every scheme it used, and of the budgets of their
     * campaigns (the benefits of the campaign's schemes, one order), in lock order.
     */
    public static List<Claim> claims(PricingResult result, Map<String, SchemeQuota> quotas, Map<String, Campaign> campaigns,
                                     Optional<Long> member, LocalDate day) {
        List<Claim> claims = new ArrayList<>();
        Map<Campaign, Long> byCampaign = new HashMap<>();
        for (AppliedScheme a : result.applied()) {
            Campaign c = campaigns.get(a.schemeId());
            if (c != null) {
                byCampaign.merge(c, a.benefit().minor(), Long::sum);
            }
        }
        byCampaign.forEach((c, benefit) -> {
            if (benefit > 0) {
                c.budgetMinor().ifPresent(b -> claims.add(new Claim(CounterKey.campaign(c.id(), Resource.BUDGET), benefit, b)));
            }
            c.budgetOrders().ifPresent(b -> claims.add(new Claim(CounterKey.campaign(c.id(), Resource.USES_TOTAL), 1, b)));
        });
        for (AppliedScheme a : result.applied()) {
            SchemeQuota q = quotas.getOrDefault(a.schemeId(), SchemeQuota.NONE);
            for (Resource r : q.limits().keySet()) {
                long amount = taken(r, a, result);
                Optional<CounterKey> key = key(a.schemeId(), q, r, member, day);
                if (amount > 0 && key.isPresent()) {
                    claims.add(new Claim(key.get(), amount, q.limit(r)));
                }
            }
        }
        claims.sort((x, y) -> x.key().compareTo(y.key()));
        return List.copyOf(claims);
    }

    private static long taken(Resource r, AppliedScheme a, PricingResult result) {
        return switch (r) {
            case USES_TOTAL, USES_PER_CUSTOMER, USES_PER_CUSTOMER_PER_DAY, PER_CODE_USES, PER_CODE_PER_CUSTOMER -> 1;
            case QTY_PER_CUSTOMER, ACTIVITY_STOCK -> promoUnits(a.schemeId(), result);
            case GIFT_STOCK -> giftUnits(a.schemeId(), result);
            case BUDGET -> a.benefit().minor();
        };
    }

    /** Units at the promotional price: the units this scheme's adjustments cover on merchandise lines. */
    private static long promoUnits(String schemeId, PricingResult result) {
        long units = 0;
        for (LineResult line : result.lines()) {
            if (!line.gift()) {
                for (Adjustment adj : line.adjustments()) {
                    units += adj.schemeId().equals(schemeId) ? adj.units() : 0;
                }
            }
        }
        return units;
    }

    private static long giftUnits(String schemeId, PricingResult result) {
        long units = 0;
        for (LineResult line : result.gifts()) {
            if (line.giftOf().equals(schemeId)) {
                units += line.quantity().value().setScale(0, RoundingMode.CEILING).longValueExact();
            }
        }
        return units;
    }

    private static Optional<CounterKey> key(String scheme, SchemeQuota q, Resource r, Optional<Long> member, LocalDate day) {
        boolean perMember = r.subject() != Resource.Subject.SCHEME && r.subject() != Resource.Subject.CODE;
        if (perMember && member.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CounterKey.of(scheme, r, member.orElse(0L), day, q.code()));
    }
}
