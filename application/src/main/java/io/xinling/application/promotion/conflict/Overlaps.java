package io.xinling.application.promotion.conflict;

import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.scheme.ProductScope;
import io.xinling.domain.promotion.scheme.TimeWindow;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** How two schemes meet: products, window, stores, channels, and how their benefits combine. */
final class Overlaps {

    private Overlaps() {
    }

    /** The shared products, or empty when the scopes cannot meet. */
    static Optional<String> products(ProductScope a, ProductScope b) {
        if (a.coversAll() || b.coversAll()) {
            return Optional.of("ALL");
        }
        for (String[] named : new String[][] {{"SKUS"}, {"CATEGORIES"}, {"BRANDS"}}) {
            Set<String> left = dimension(a, named[0]);
            Set<String> right = dimension(b, named[0]);
            Set<String> shared = new TreeSet<>(left);
            shared.retainAll(right);
            shared.removeAll(excluded(a, named[0]));
            shared.removeAll(excluded(b, named[0]));
            if (!shared.isEmpty()) {
                return Optional.of(named[0] + " " + String.join(",", shared));
            }
        }
        boolean sameDimensions = a.skus().isEmpty() == b.skus().isEmpty() && a.categories().isEmpty() == b.categories().isEmpty()
                && a.brands().isEmpty() == b.brands().isEmpty() && nonEmptyDimensions(a) == 1;
        return sameDimensions ? Optional.empty() : Optional.of("POSSIBLE");
    }

    private static int nonEmptyDimensions(ProductScope s) {
        return (s.skus().isEmpty() ? 0 : 1) + (s.categories().isEmpty() ? 0 : 1) + (s.brands().isEmpty() ? 0 : 1);
    }

    private static Set<String> dimension(ProductScope s, String name) {
        return switch (name) {
            case "SKUS" -> s.skus();
            case "CATEGORIES" -> s.categories();
            default -> s.brands();
        };
    }

    private static Set<String> excluded(ProductScope s, String name) {
        return switch (name) {
            case "SKUS" -> s.excludeSkus();
            case "CATEGORIES" -> s.excludeCategories();
            default -> s.excludeBrands();
        };
    }

    /** Whether the windows share a moment: dates, day masks and daily slots ({@link WindowOverlap}). */
    static boolean window(TimeWindow a, TimeWindow b) {
        return WindowOverlap.meet(a, b);
    }

    /** Empty means everywhere. */
    static boolean places(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }

    static String relation(Scheme candidate, Scheme other) {
        if (candidate.stacking().exclusive() || other.stacking().exclusive()) {
            return "EXCLUSIVE";
        }
        if (candidate.stage() != other.stage()) {
            return "STACKS";
        }
        return candidate.exclusionGroup().equals(other.exclusionGroup()) ? "COMPETES" : "ADDS";
    }
}
