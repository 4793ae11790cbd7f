package io.xinling.domain.promotion.engine;

import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.Stage;
import io.xinling.domain.promotion.rule.BasePriceRule;
import io.xinling.domain.promotion.rule.FloorGuardRule;
import io.xinling.domain.promotion.rule.Rule;
import io.xinling.domain.promotion.rule.RoundingCharge;
import io.xinling.domain.promotion.rule.SeesWholeOrder;
import io.xinling.domain.promotion.scheme.Audience;
import io.xinling.domain.promotion.scheme.ProductScope;
import io.xinling.domain.promotion.scheme.TimeWindow;

import java.util.Optional;

/**
 * A scheme with what the engine asks of it on every cart worked out once, when the {@link SchemeIndex}
 * is built: its position in scheme-id order (its row in a cart's coverage), the rule's flags, the
 * fields every adjustment and reason copies, the "lost to" message other schemes get when it wins, and
 * the numbers of its id and its exclusion group among the index's distinct ids and groups (in name order),
 * so that a run keeps per-scheme and per-group state in arrays instead of maps keyed by name.
 */
final class CompiledScheme {

    final Scheme scheme;
    final int ordinal;
    final int inputOrder;
    final Rule rule;
    final Stage stage;
    final boolean wholeOrder;
    /**
     * The rule as a floor guard, a rounding rule that may charge upward, or a 促销调价 price, else
     * {@code null}: checked once, as an interface check on every cart scans the rule class's interfaces.
     */
    final FloorGuardRule floorGuard;
    final RoundingCharge roundingCharge;
    final BasePriceRule basePrice;
    final boolean memberDiscount;
    final boolean specialPrice;
    final boolean excludeSpecial;
    final boolean exclusive;
    final boolean hasExcludes;
    final String lostToMessage;
    /** What follows the shortfall in its near-miss offer ("再买31.00元可享" + label). */
    final String nearMissSuffix;
    final String id;
    /** The id as the "lost to" of the schemes it beats. */
    final Optional<String> idOption;
    final int version;
    final String type;
    final String label;
    final String exclusionGroup;
    final boolean stacksWithOrder;
    final boolean stacksWithCoupons;
    final boolean stacksWithPoints;
    final int priority;
    /** Its place among the index's schemes by campaign start, then id: the last tie-break of {@link Selection}. */
    final int startRank;
    final boolean stacksWithMemberDiscount;
    /** Open to anyone at any time: the gate only checks its limits. */
    final boolean open;
    final boolean needsUnits;
    /**
     * The number of its id among the index's distinct ids, in id order (schemes sharing an id share it): a cart's
     * {@link Coverage} numbers its candidates' ids by it, for per-id arrays sized to the cart, not the index.
     */
    final int idOrdinal;
    /** The number of its exclusion group among the index's distinct groups, in name order. */
    final int groupOrdinal;

    CompiledScheme(Scheme scheme, int ordinal, int inputOrder, int idOrdinal, int groupOrdinal, int startRank) {
        this.scheme = scheme;
        this.ordinal = ordinal;
        this.inputOrder = inputOrder;
        this.rule = scheme.rule();
        this.stage = scheme.stage();
        this.wholeOrder = rule instanceof SeesWholeOrder;
        this.floorGuard = rule instanceof FloorGuardRule guard ? guard : null;
        this.roundingCharge = rule instanceof RoundingCharge charge ? charge : null;
        this.basePrice = rule instanceof BasePriceRule base ? base : null;
        this.memberDiscount = rule.isMemberDiscount();
        this.specialPrice = rule.setsSpecialPrice();
        this.excludeSpecial = scheme.stacking().excludeSpecialPriceItems();
        this.exclusive = scheme.stacking().exclusive();
        ProductScope scope = scheme.scope();
        this.hasExcludes = !scope.excludeSkus().isEmpty() || !scope.excludeCategories().isEmpty()
                || !scope.excludeBrands().isEmpty();
        this.lostToMessage = "输给 " + scheme.label();
        this.nearMissSuffix = "元可享" + scheme.label();
        this.id = scheme.id();
        this.idOption = Optional.of(id);
        this.version = scheme.version();
        this.type = scheme.type();
        this.label = scheme.label();
        this.exclusionGroup = scheme.exclusionGroup();
        this.stacksWithOrder = scheme.stacking().stacksWithOrderPromotions();
        this.stacksWithCoupons = scheme.stacking().stacksWithCoupons();
        this.stacksWithPoints = scheme.stacking().stacksWithPoints();
        this.needsUnits = rule.needsUnits();
        this.idOrdinal = idOrdinal;
        this.priority = scheme.priority();
        this.startRank = startRank;
        this.stacksWithMemberDiscount = scheme.stacking().stacksWithMemberDiscount();
        this.groupOrdinal = groupOrdinal;
        this.open = scheme.window().equals(TimeWindow.ALWAYS) && scheme.audience().equals(Audience.ANYONE);
    }
}
