package io.xinling.domain.promotion.scheme;

import io.vavr.control.Either;
import io.xinling.domain.promotion.PromotionError;
import io.xinling.domain.promotion.ReturnPolicy;
import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.rule.group.BundlePrice;
import io.xinling.domain.promotion.rule.group.BundleSlot;
import io.xinling.domain.promotion.rule.group.BuyXDiscountY;
import io.xinling.domain.promotion.rule.Rule;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Builds a {@link Scheme} from a rule type and a JSON-like definition (for the HTTP preview with inline
 * schemes). Common keys: {@code id}, {@code version}, {@code label}, {@code priority}, {@code
 * exclusionGroup}, {@code campaignStart}, {@code scope}, {@code audience}, {@code window}, {@code
 * stacking}, {@code limits}, {@code returnPolicy}; the rule's own parameters sit under {@code params}.
 * Every malformed value is a {@code promotion.invalid-scheme} error naming its field.
 */
public final class SchemeFactory {

    private static final Map<String, Function<Params, Rule>> PARSERS = new HashMap<>();
    /** The keys of a definition; any other is refused (a typo must not be ignored, nor stored). */
    private static final Set<String> KEYS = Set.of("id", "version", "label", "priority", "exclusionGroup", "campaignStart",
            "scope", "audience", "window", "stacking", "limits", "returnPolicy", "params");

    static {
        ItemRuleParsers.register(PARSERS);
        OrderRuleParsers.register(PARSERS);
    }

    private SchemeFactory() {
    }

    /** The 42 rule type ids of the catalogue. */
    public static Set<String> types() {
        return new TreeSet<>(PARSERS.keySet());
    }

    public static Either<PromotionError, Scheme> create(String type, Map<String, Object> definition) {
        Function<Params, Rule> parser = type == null ? null : PARSERS.get(type);
        if (parser == null) {
            return Either.left(new PromotionError.UnknownRuleType(String.valueOf(type)));
        }
        Params p = new Params("", definition);
        try {
            p.only(KEYS);
            Rule rule = ruleOf(parser, p.object("params"));
            return Either.right(assemble(p, rule));
        } catch (Params.Invalid e) {
            return Either.left(new PromotionError.InvalidScheme(e.field, e.getMessage()));
        }
    }

    private static Rule ruleOf(Function<Params, Rule> parser, Params params) {
        try {
            return parser.apply(params);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new Params.Invalid(params.path(), e.getMessage() == null ? "invalid parameters" : e.getMessage());
        }
    }

    private static Scheme assemble(Params p, Rule rule) {
        String type = rule.type();
        boolean flash = type.equals("flash_sale");
        Limits limits = Parts.limits(p.object("limits"), flash ? 1 : Long.MAX_VALUE);
        Stacking stacking = Parts.stacking(p.object("stacking"), flash ? Stacking.EXCLUSIVE : Stacking.DEFAULT);
        Audience audience = Parts.audience(p.object("audience"), type);
        ProductScope scope = p.has("scope") ? Parts.scope(p.object("scope")) : defaultScope(rule);
        Optional<ReturnPolicy> returns = p.has("returnPolicy")
                ? Optional.of(Parts.enumOf(p, "returnPolicy", ReturnPolicy.class)) : Optional.empty();
        int version = p.smallCount("version", 1, 1);
        int priority = p.smallCount("priority", 0, 0);
        TimeWindow window = window(p.object("window"));
        return new Scheme(p.string("id"), version, p.string("label", ""), rule, p.string("exclusionGroup", ""),
                priority, start(p), scope, audience, window, stacking, limits, returns);
    }

    private static TimeWindow window(Params p) {
        try {
            return Parts.window(p);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new Params.Invalid(p.path(), String.valueOf(e.getMessage()));
        }
    }

    private static LocalDateTime start(Params p) {
        if (!p.has("campaignStart")) {
            return LocalDateTime.of(2000, 1, 1, 0, 0);
        }
        try {
            return LocalDateTime.parse(p.string("campaignStart"));
        } catch (DateTimeParseException e) {
            throw p.invalid("campaignStart", "must be an ISO local date-time");
        }
    }

    /** Rules that name their own SKUs cover exactly those when no scope is given. */
    private static ProductScope defaultScope(Rule rule) {
        Set<String> skus = new HashSet<>();
        if (rule instanceof BuyXDiscountY x) {
            skus.addAll(x.xSkus());
            skus.addAll(x.ySkus());
        } else if (rule instanceof BundlePrice b) {
            b.slots().stream().map(BundleSlot::skus).forEach(skus::addAll);
        }
        return skus.isEmpty() ? ProductScope.ALL : ProductScope.skus(skus);
    }
}
