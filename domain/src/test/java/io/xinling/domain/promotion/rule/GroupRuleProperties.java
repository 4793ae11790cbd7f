package io.xinling.domain.promotion.rule;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.promotion.CartLine;
import io.xinling.domain.promotion.Offer;
import io.xinling.domain.promotion.PriceFloor;
import io.xinling.domain.promotion.PromotionFixtures;
import io.xinling.domain.promotion.PromotionPolicy;
import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.ThresholdBase;
import io.xinling.domain.promotion.UnitSelection;
import io.xinling.domain.promotion.rule.group.AddOnPurchase;
import io.xinling.domain.promotion.rule.group.AddOnTier;
import io.xinling.domain.promotion.rule.group.B2bFreeGoods;
import io.xinling.domain.promotion.rule.group.BundlePrice;
import io.xinling.domain.promotion.rule.group.BundleSlot;
import io.xinling.domain.promotion.rule.group.BuyNGetMFree;
import io.xinling.domain.promotion.rule.group.NForPrice;
import io.xinling.domain.promotion.rule.group.NthUnitDiscount;
import io.xinling.domain.promotion.rule.group.TieredUnitPrice;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.xinling.domain.promotion.rule.DealsCutProperties.OldRunCursor;
import static io.xinling.domain.promotion.rule.DealsCutProperties.oldCheapestTargets;
import static io.xinling.domain.promotion.rule.DealsCutProperties.oldConsecutive;
import static io.xinling.domain.promotion.rule.OldSpread.oldSpread;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The S2 group rules give exactly the outcomes their list- and stream-based versions gave, kept here
 * verbatim as oracles (over the list-based deal cutting of {@link DealsCutProperties}), on pools with
 * repeated SKUs, lines without units, single units and long runs.
 */
class GroupRuleProperties {

    private static final List<String> SKUS = List.of("A", "B", "C", "D", "E");

    @Provide
    Arbitrary<RuleInput> inputs() {
        Arbitrary<long[]> line = Combinators.combine(Arbitraries.integers().between(0, SKUS.size() - 1).map(i -> (long) i),
                Arbitraries.longs().between(0, 20_000),
                Arbitraries.oneOf(Arbitraries.longs().between(0, 3), Arbitraries.longs().between(0, 300)),
                Arbitraries.longs().between(0, 100)).as((s, p, u, off) -> new long[] {s, p, u, off});
        Arbitrary<Long> cap = Arbitraries.oneOf(Arbitraries.longs().between(0, 12), Arbitraries.just(Long.MAX_VALUE));
        return Combinators.combine(line.list().ofMaxSize(12), cap, cap, Arbitraries.of(UnitSelection.values()),
                Arbitraries.of(ThresholdBase.values())).as(GroupRuleProperties::input);
    }

    private static RuleInput input(List<long[]> lines, long unitCap, long usesCap, UnitSelection sel, ThresholdBase base) {
        List<LineView> views = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            long[] l = lines.get(k);
            long units = l[2];
            CartLine line = new CartLine(2 * k + 1, SKUS.get((int) l[0]), List.of("CAT"), "BRAND", Money.cny(l[1]),
                    Quantity.of(Math.max(1, units)), true, false, PriceFloor.NONE);
            long payable = Math.max(0, l[1] * units - l[3]);
            views.add(new LineView(2 * k, line, units, payable, l[1] * units, l[1], l[1], 0, false, units));
        }
        PromotionPolicy policy = PromotionPolicy.DEFAULT.withUnitSelection(sel).withThresholdBase(base);
        return new RuleInput(views, PromotionFixtures.context(), policy, "S", unitCap, usesCap, 0, 0, 0);
    }

    @Provide
    Arbitrary<ItemBenefit> benefits() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 10_000).map(ItemBenefit::payRate),
                Arbitraries.longs().between(0, 20_000).map(ItemBenefit::price),
                Arbitraries.longs().between(0, 20_000).map(ItemBenefit::amountOff));
    }

    @Provide
    Arbitrary<UnitSelection> selections() {
        return Arbitraries.of(UnitSelection.values()).injectNull(0.3);
    }

    @Provide
    Arbitrary<Long> maxGroups() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 8), Arbitraries.just(Long.MAX_VALUE));
    }

    @Property
    void buyNGetMFreeIsUnchanged(@ForAll("inputs") RuleInput in, @ForAll("small") long n, @ForAll("small") long m,
                                 @ForAll("maxGroups") long maxGroups, @ForAll("selections") UnitSelection sel) {
        BuyNGetMFree r = new BuyNGetMFree(n, m, false, maxGroups, sel);
        assertThat(r.evaluate(in)).isEqualTo(oldBuyNGetMFree(r, in));
    }

    @Property
    void freeGoodsAreUnchanged(@ForAll("inputs") RuleInput in, @ForAll("small") long n, @ForAll("small") long m,
                               @ForAll("maxGroups") long maxGroups, @ForAll boolean otherSku) {
        BuyNGetMFree add = new BuyNGetMFree(n, m, true, maxGroups, null);
        assertThat(add.evaluate(in)).isEqualTo(oldFreeGoods(in, n, m, Math.min(maxGroups, in.usesCap()), null, -1,
                add.type()));
        B2bFreeGoods b2b = new B2bFreeGoods(n, m, otherSku ? "F" : null, 150);
        assertThat(b2b.evaluate(in)).isEqualTo(oldFreeGoods(in, n, m, in.usesCap(), b2b.freeSku(),
                b2b.freeSku() == null ? -1 : b2b.freeValue(), b2b.type()));
    }

    @Property
    void nForPriceIsUnchanged(@ForAll("inputs") RuleInput in, @ForAll("small") long n,
                              @ForAll("prices") long price, @ForAll("selections") UnitSelection sel) {
        NForPrice r = new NForPrice(n, price, sel);
        assertThat(r.evaluate(in)).isEqualTo(oldNForPrice(r, in));
    }

    @Property
    void nthUnitDiscountIsUnchanged(@ForAll("inputs") RuleInput in, @ForAll("small") long n,
                                    @ForAll("benefits") ItemBenefit benefit, @ForAll("maxGroups") long maxGroups,
                                    @ForAll("selections") UnitSelection sel) {
        NthUnitDiscount r = new NthUnitDiscount(n + 1, benefit, maxGroups, sel);
        assertThat(r.evaluate(in)).isEqualTo(oldNthUnitDiscount(r, in));
    }

    @Property
    void tieredUnitPriceIsUnchanged(@ForAll("inputs") RuleInput in, @ForAll("tiers") List<Tier> tiers,
                                    @ForAll boolean payRate, @ForAll boolean incremental, @ForAll boolean mixed) {
        ItemBenefit.Kind kind = payRate ? ItemBenefit.Kind.PAY_RATE : ItemBenefit.Kind.PRICE;
        List<Tier> scaled = tiers.stream().map(t -> new Tier(t.threshold(), payRate ? t.value() % 10_001 : t.value()))
                .toList();
        TieredUnitPrice r = new TieredUnitPrice(new Tiers(scaled), kind, incremental, mixed);
        assertThat(r.evaluate(in)).isEqualTo(oldTieredUnitPrice(r, in));
    }

    @Property
    void addOnPurchaseIsUnchanged(@ForAll("inputs") RuleInput in, @ForAll("addOnTiers") List<AddOnTier> tiers) {
        AddOnPurchase r = new AddOnPurchase(tiers);
        assertThat(r.evaluate(in)).isEqualTo(oldAddOnPurchase(r, in));
    }

    @Property
    void bundlePriceIsUnchanged(@ForAll("inputs") RuleInput in, @ForAll("bundles") List<BundleSlot> slots,
                                @ForAll("prices") long price) {
        BundlePrice r = new BundlePrice(slots, price);
        assertThat(r.evaluate(in)).isEqualTo(oldBundlePrice(r, in));
    }

    /** 1 to 3 disjoint slots over the SKUs, 1 to 3 units each. */
    /**
     * The engine answers a group rule from the whole units of its lines alone, without its input, whenever the rule's
     * {@code tooFewUnits} says so: that answer must be what the rule's full evaluation gives for any lines of those units
     * (and a rule that would give a benefit must never be answered so).
     */
    @Property
    void aRuleAnsweredByItsUnitsAloneEvaluatesToThatAnswer(@ForAll("inputs") RuleInput in, @ForAll("small") long n,
                                                           @ForAll("small") long m, @ForAll("maxGroups") long maxGroups,
                                                           @ForAll("benefits") ItemBenefit benefit,
                                                           @ForAll("tiers") List<Tier> tiers, @ForAll boolean flag,
                                                           @ForAll("selections") UnitSelection sel) {
        List<Rule> rules = List.of(new BuyNGetMFree(n, m, false, maxGroups, sel), new BuyNGetMFree(n, m, true, maxGroups, sel),
                new B2bFreeGoods(n, m, flag ? "F" : null, 150), new NForPrice(n, 500, sel),
                new NthUnitDiscount(n + 1, benefit, maxGroups, sel),
                new TieredUnitPrice(new Tiers(tiers), ItemBenefit.Kind.PRICE, flag, !flag),
                new io.xinling.domain.promotion.rule.group.BuyXGetY(n, 0, List.of(new GiftOption("G", 100)), 1, flag),
                new io.xinling.domain.promotion.rule.group.BuyXGetY(0, 100 * n, List.of(new GiftOption("G", 100)), 1, flag));
        for (Rule r : rules) {
            RuleOutcome.Skip few = r.tooFewUnits(in.unitCount());
            if (few != null) {
                assertThat(r.evaluate(in)).as(r.type()).isEqualTo(few);
            }
        }
    }

    @Provide
    Arbitrary<List<BundleSlot>> bundles() {
        return Combinators.combine(Arbitraries.integers().between(0, 2).list().ofSize(SKUS.size()),
                Arbitraries.longs().between(1, 3).list().ofSize(3)).as((slotOf, qty) -> {
            List<BundleSlot> out = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                Set<String> skus = new HashSet<>();
                for (int k = 0; k < SKUS.size(); k++) {
                    if (slotOf.get(k) == s) {
                        skus.add(SKUS.get(k));
                    }
                }
                if (!skus.isEmpty()) {
                    out.add(new BundleSlot(skus, qty.get(s)));
                }
            }
            return out;
        });
    }

    @Provide
    Arbitrary<Long> small() {
        return Arbitraries.longs().between(1, 5);
    }

    @Provide
    Arbitrary<Long> prices() {
        return Arbitraries.longs().between(0, 60_000);
    }

    /** 1 to 3 tiers with increasing thresholds. */
    @Provide
    Arbitrary<List<Tier>> tiers() {
        return Combinators.combine(Arbitraries.longs().between(0, 12), Arbitraries.longs().between(1, 12).list().ofMaxSize(2),
                Arbitraries.longs().between(0, 20_000).list().ofSize(3)).as((first, steps, values) -> {
            List<Tier> out = new ArrayList<>();
            long t = first;
            out.add(new Tier(t, values.get(0)));
            for (int k = 0; k < steps.size(); k++) {
                t += steps.get(k);
                out.add(new Tier(t, values.get(k + 1)));
            }
            return out;
        });
    }

    @Provide
    Arbitrary<List<AddOnTier>> addOnTiers() {
        Arbitrary<Set<String>> skus = Arbitraries.of(SKUS).set().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(Arbitraries.longs().between(0, 400_000), Arbitraries.longs().between(1, 400_000).list().ofMaxSize(2),
                skus.list().ofSize(3), Arbitraries.longs().between(0, 5_000), Arbitraries.longs().between(1, 6))
                .as((first, steps, sets, price, qty) -> {
                    List<AddOnTier> out = new ArrayList<>();
                    long t = first;
                    out.add(new AddOnTier(t, sets.get(0), price, qty));
                    for (int k = 0; k < steps.size(); k++) {
                        t += steps.get(k);
                        out.add(new AddOnTier(t, sets.get(k + 1), price / (k + 2), qty + k));
                    }
                    return out;
                });
    }

    // ---- the implementations they replaced, verbatim but for the record accessors ----

    static RuleOutcome oldBuyNGetMFree(BuyNGetMFree r, RuleInput in) {
        long n = r.n(), m = r.m();
        long cap = Math.min(r.maxGroups(), in.usesCap());
        long size = n + m;
        long total = in.unitCount();
        if (total < size) {
            return RuleOutcome.skip(Reason.THRESHOLD_NOT_MET, "还差" + (size - total) + "件");
        }
        UnitSelection sel = r.selection() == null ? in.policy().unitSelection() : r.selection();
        List<DealBatch> deals = sel == UnitSelection.CUSTOMER_BEST
                ? oldConsecutive(new OldRunCursor(in.lines(), true), size, m, cap)
                : oldCheapestTargets(in.lines(), size, m, Math.min(total / size, cap));
        RuleOutcome.Benefit b = oldSpread(deals, DealBatch::targetAmount, "买" + n + "送" + m);
        return b.shares().isEmpty() ? RuleOutcome.skip(Reason.NO_BENEFIT, "") : b;
    }

    static RuleOutcome oldFreeGoods(RuleInput in, long n, long m, long maxGroups, String freeSku, long freeValue,
                                    String type) {
        List<GiftGrant> gifts = new ArrayList<>();
        List<LineShare> consumed = new ArrayList<>();
        long groupsLeft = maxGroups;
        for (LineView v : in.lines()) {
            long groups = Math.min(v.units() / n, groupsLeft);
            if (groups <= 0) {
                continue;
            }
            groupsLeft -= groups;
            long value = freeValue >= 0 ? freeValue : v.baseUnit();
            gifts.add(new GiftGrant(freeSku == null ? v.sku() : freeSku, Math.multiplyExact(groups, m), value));
            consumed.add(LineShare.of(v.index(), 0, groups * n, type + " trigger"));
        }
        if (gifts.isEmpty()) {
            return RuleOutcome.skip(Reason.THRESHOLD_NOT_MET, "每" + n + "件送" + m + "件，数量未达到");
        }
        return new RuleOutcome.Benefit(consumed, gifts, 0, maxGroups - groupsLeft, "per " + n + " get " + m + " free",
                List.of(), List.of(), 0, List.of());
    }

    static RuleOutcome oldNForPrice(NForPrice r, RuleInput in) {
        long n = r.n(), price = r.price();
        long total = in.unitCount();
        if (total < n) {
            return RuleOutcome.skip(Reason.THRESHOLD_NOT_MET, "还差" + (n - total) + "件");
        }
        UnitSelection sel = r.selection() == null ? in.policy().unitSelection() : r.selection();
        OldRunCursor c = new OldRunCursor(in.lines(), sel == UnitSelection.CUSTOMER_BEST);
        RuleOutcome.Benefit b = oldSpread(oldConsecutive(c, n, n, in.usesCap()), d -> d.regularAmount() - price,
                n + "件" + Amounts.yuan(price) + "元");
        return b.shares().isEmpty() ? RuleOutcome.skip(Reason.NO_BENEFIT, "一口价不低于原价") : b;
    }

    static RuleOutcome oldNthUnitDiscount(NthUnitDiscount r, RuleInput in) {
        long n = r.n();
        ItemBenefit benefit = r.benefit();
        long total = in.unitCount();
        long cap = Math.min(r.maxGroups(), in.usesCap());
        if (total < n) {
            return RuleOutcome.skip(Reason.THRESHOLD_NOT_MET, "还差" + (n - total) + "件");
        }
        UnitSelection sel = r.selection() == null ? in.policy().unitSelection() : r.selection();
        List<DealBatch> deals = sel == UnitSelection.CUSTOMER_BEST
                ? oldConsecutive(new OldRunCursor(in.lines(), true), n, 1, cap)
                : oldCheapestTargets(in.lines(), n, 1, Math.min(total / n, cap));
        RuleOutcome.Benefit b = oldSpread(deals, d -> {
            long sum = 0;
            for (Piece p : d.targets()) {
                sum += benefit.discount(p.unitPrice(), p.units(), p.amount());
            }
            return sum;
        }, "第" + n + "件 " + benefit.describe());
        return b.shares().isEmpty() ? RuleOutcome.skip(Reason.NO_BENEFIT, "") : b;
    }

    static RuleOutcome oldBundlePrice(BundlePrice r, RuleInput in) {
        List<BundleSlot> slots = r.slots();
        long price = r.price();
        List<OldRunCursor> cursors = new ArrayList<>();
        long sets = in.usesCap();
        for (BundleSlot slot : slots) {
            List<LineView> pool = in.lines().stream().filter(v -> slot.skus().contains(v.sku())).toList();
            OldRunCursor c = new OldRunCursor(pool, true);
            sets = Math.min(sets, c.remaining() / slot.qty());
            cursors.add(c);
        }
        if (sets == 0) {
            return RuleOutcome.skip(Reason.THRESHOLD_NOT_MET, "套餐不完整");
        }
        List<DealBatch> deals = new ArrayList<>();
        for (long made = 0; made < sets; ) {
            long times = sets - made;
            for (int s = 0; s < slots.size(); s++) {
                times = Math.min(times, cursors.get(s).span(slots.get(s).qty()));
            }
            times = Math.max(1, times);
            List<Piece> pieces = new ArrayList<>();
            for (int s = 0; s < slots.size(); s++) {
                pieces.addAll(times > 1 ? cursors.get(s).takeRepeated(slots.get(s).qty(), times)
                        : cursors.get(s).take(slots.get(s).qty()));
            }
            deals.add(new DealBatch(times, pieces, List.of()));
            made += times;
        }
        RuleOutcome.Benefit b = oldSpread(deals, d -> d.regularAmount() - price, "套餐价 " + Amounts.yuan(price));
        return b.shares().isEmpty() ? RuleOutcome.skip(Reason.NO_BENEFIT, "套餐价不低于原价") : b;
    }

    static RuleOutcome oldTieredUnitPrice(TieredUnitPrice r, RuleInput in) {
        List<LineShare> shares = new ArrayList<>();
        for (List<LineView> pool : oldPools(r, in.lines())) {
            shares.addAll(r.incremental() ? oldBands(r, pool) : oldAllUnits(r, pool));
        }
        return shares.isEmpty() ? RuleOutcome.skip(Reason.THRESHOLD_NOT_MET, "阶梯未达到")
                : RuleOutcome.shares(shares, 1, r.incremental() ? "incremental tiers" : "all-units tier");
    }

    private static List<List<LineView>> oldPools(TieredUnitPrice r, List<LineView> lines) {
        List<LineView> withUnits = new ArrayList<>(lines.size());
        for (int j = 0; j < lines.size(); j++) {
            if (lines.get(j).units() > 0) {
                withUnits.add(lines.get(j));
            }
        }
        if (r.mixed() || withUnits.size() <= 1) {
            return withUnits.isEmpty() ? List.of() : List.of(withUnits);
        }
        List<List<LineView>> pools = new ArrayList<>(withUnits.size());
        boolean[] pooled = new boolean[withUnits.size()];
        for (int j = 0; j < withUnits.size(); j++) {
            if (pooled[j]) {
                continue;
            }
            String sku = withUnits.get(j).sku();
            int hash = sku.hashCode();
            List<LineView> pool = new ArrayList<>(1);
            for (int q = j; q < withUnits.size(); q++) {
                String other = withUnits.get(q).sku();
                if (!pooled[q] && other.hashCode() == hash && other.equals(sku)) {
                    pooled[q] = true;
                    pool.add(withUnits.get(q));
                }
            }
            pools.add(pool);
        }
        return pools;
    }

    private static List<LineShare> oldAllUnits(TieredUnitPrice r, List<LineView> pool) {
        long q = pool.stream().mapToLong(LineView::units).sum();
        List<LineShare> out = new ArrayList<>();
        r.tiers().reached(q).ifPresent(t -> {
            ItemBenefit b = new ItemBenefit(r.kind(), t.value());
            for (LineView v : pool) {
                long d = b.discount(v.refUnit(), v.units(), Math.min(v.payable(), v.refUnit() * v.units()));
                if (d > 0) {
                    out.add(LineShare.of(v.index(), d, v.units(), "tier ≥" + t.threshold()));
                }
            }
        });
        return out;
    }

    private static List<LineShare> oldBands(TieredUnitPrice r, List<LineView> pool) {
        List<LineShare> out = new ArrayList<>();
        long pos = 0;
        List<Tier> bands = r.tiers().tiers();
        for (LineView v : pool) {
            long d = 0;
            for (int k = 0; k < bands.size(); k++) {
                long from = bands.get(k).threshold() - 1;
                long to = k + 1 < bands.size() ? bands.get(k + 1).threshold() - 1 : Long.MAX_VALUE;
                long count = Math.max(0, Math.min(pos + v.units(), to) - Math.max(pos, from));
                if (count > 0) {
                    d += new ItemBenefit(r.kind(), bands.get(k).value()).discount(v.refUnit(), count, v.refUnit() * count);
                }
            }
            pos += v.units();
            if (d > 0) {
                out.add(LineShare.of(v.index(), Math.min(d, v.payable()), v.units(), "incremental tiers"));
            }
        }
        return out;
    }

    static RuleOutcome oldAddOnPurchase(AddOnPurchase r, RuleInput in) {
        List<AddOnTier> tiers = r.tiers();
        Set<String> addOnSkus = new HashSet<>();
        tiers.forEach(t -> addOnSkus.addAll(t.skus()));
        RuleInput condition = in.withLines(in.lines().stream().filter(v -> !addOnSkus.contains(v.sku())).toList());
        long base = condition.thresholdBase();
        AddOnTier tier = null;
        for (AddOnTier t : tiers) {
            tier = base >= t.threshold() ? t : tier;
        }
        if (tier == null) {
            long need = tiers.get(0).threshold() - base;
            return new RuleOutcome.Skip(Reason.THRESHOLD_NOT_MET, need, "加价购条件未满足，还差" + Amounts.yuan(need) + "元",
                    List.of());
        }
        AddOnTier reached = tier;
        List<LineView> addOns = in.lines().stream().filter(v -> reached.skus().contains(v.sku())).toList();
        RuleOutcome out = ItemShares.of(in.withLines(addOns).withUnitCap(Math.min(in.unitCap(), reached.maxQty())),
                v -> ItemBenefit.price(reached.price()));
        long taken = out instanceof RuleOutcome.Benefit b ? b.shares().stream().mapToLong(LineShare::units).sum() : 0;
        List<Offer> offers = new ArrayList<>();
        if (taken < reached.maxQty()) {
            offers.add(new Offer(in.schemeId(), Offer.Kind.ADD_ON, List.copyOf(reached.skus()), reached.maxQty() - taken,
                    Money.cny(reached.price()), "可加" + Amounts.yuan(reached.price()) + "元换购"));
        }
        if (out instanceof RuleOutcome.Benefit b) {
            return new RuleOutcome.Benefit(b.shares(), List.of(), 0, 1, "加价购 " + Amounts.yuan(reached.price()), offers,
                    List.of(), 0, List.of());
        }
        return new RuleOutcome.Skip(Reason.NO_ELIGIBLE_ITEMS, 0, "可加价换购", offers);
    }
}
