package io.xinling.domain.promotion;

import io.xinling.domain.promotion.rule.Rule;
import io.xinling.domain.promotion.scheme.Audience;
import io.xinling.domain.promotion.scheme.Limits;
import io.xinling.domain.promotion.scheme.ProductScope;
import io.xinling.domain.promotion.scheme.Stacking;
import io.xinling.domain.promotion.scheme.TimeWindow;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned promotion scheme (促销方案): a rule with its parameters, plus product scope, audience,
 * time window, exclusion group, stacking flags, priority (larger first), campaign start (a tie-break),
 * limits and an optional return policy overriding the tenant's.
 */
public record Scheme(String id, int version, String label, Rule rule, String exclusionGroup, int priority,
                     LocalDateTime campaignStart, ProductScope scope, Audience audience, TimeWindow window,
                     Stacking stacking, Limits limits, Optional<ReturnPolicy> returnPolicy) {

    private static final LocalDateTime EPOCH = LocalDateTime.of(2000, 1, 1, 0, 0);

    public Scheme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
        label = label == null || label.isBlank() ? rule.type() : label;
        exclusionGroup = exclusionGroup == null || exclusionGroup.isBlank() ? rule.defaultGroup() : exclusionGroup;
        Objects.requireNonNull(campaignStart, "campaignStart");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(stacking, "stacking");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(returnPolicy, "returnPolicy");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
    }

    /** A scheme with every default: all products, anyone, always, default group and stacking, no limits. */
    public static Scheme of(String id, String label, Rule rule) {
        return new Scheme(id, 1, label, rule, null, 0, EPOCH, ProductScope.ALL, Audience.ANYONE, TimeWindow.ALWAYS,
                Stacking.DEFAULT, Limits.NONE, Optional.empty());
    }

    public String type() {
        return rule.type();
    }

    public Stage stage() {
        return rule.stage();
    }

    public Scheme withScope(ProductScope newScope) {
        return new Scheme(id, version, label, rule, exclusionGroup, priority, campaignStart, newScope, audience, window,
                stacking, limits, returnPolicy);
    }

    public Scheme withAudience(Audience newAudience) {
        return new Scheme(id, version, label, rule, exclusionGroup, priority, campaignStart, scope, newAudience, window,
                stacking, limits, returnPolicy);
    }

    public Scheme withWindow(TimeWindow newWindow) {
        return new Scheme(id, version, label, rule, exclusionGroup, priority, campaignStart, scope, audience, newWindow,
                stacking, limits, returnPolicy);
    }

    public Scheme withStacking(Stacking newStacking) {
        return new Scheme(id, version, label, rule, exclusionGroup, priority, campaignStart, scope, audience, window,
                newStacking, limits, returnPolicy);
    }

    public Scheme withLimits(Limits newLimits) {
        return new Scheme(id, version, label, rule, exclusionGroup, priority, campaignStart, scope, audience, window,
                stacking, newLimits, returnPolicy);
    }

    public Scheme withPriority(int newPriority) {
        return new Scheme(id, version, label, rule, exclusionGroup, newPriority, campaignStart, scope, audience, window,
                stacking, limits, returnPolicy);
    }

    public Scheme withGroup(String group) {
        return new Scheme(id, version, label, rule, group, priority, campaignStart, scope, audience, window,
                stacking, limits, returnPolicy);
    }

    public Scheme withReturnPolicy(ReturnPolicy policy) {
        return new Scheme(id, version, label, rule, exclusionGroup, priority, campaignStart, scope, audience, window,
                stacking, limits, Optional.of(policy));
    }

    public Scheme withVersion(int newVersion, LocalDateTime start) {
        return new Scheme(id, newVersion, label, rule, exclusionGroup, priority, start, scope, audience, window,
                stacking, limits, returnPolicy);
    }
}
