package io.xinling.domain.promotion.scheme;

import io.xinling.domain.promotion.CartLine;

import java.util.Set;

/**
 * Which products a scheme covers (spec 2.0): include lists of SKUs, categories (a category covers its
 * sub-categories through the line's category path) and brands, and exclude lists. Empty include lists
 * mean every promotable product. Non-promotable lines are never covered.
 */
public record ProductScope(Set<String> skus, Set<String> categories, Set<String> brands, Set<String> excludeSkus,
                           Set<String> excludeCategories, Set<String> excludeBrands) {

    public static final ProductScope ALL = new ProductScope(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    public ProductScope {
        skus = Set.copyOf(skus);
        categories = Set.copyOf(categories);
        brands = Set.copyOf(brands);
        excludeSkus = Set.copyOf(excludeSkus);
        excludeCategories = Set.copyOf(excludeCategories);
        excludeBrands = Set.copyOf(excludeBrands);
    }

    public static ProductScope skus(Set<String> skus) {
        return new ProductScope(skus, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    public static ProductScope categories(Set<String> categories) {
        return new ProductScope(Set.of(), categories, Set.of(), Set.of(), Set.of(), Set.of());
    }

    public ProductScope excluding(Set<String> moreSkus) {
        return new ProductScope(skus, categories, brands, moreSkus, excludeCategories, excludeBrands);
    }

    public boolean coversAll() {
        return skus.isEmpty() && categories.isEmpty() && brands.isEmpty();
    }

    public boolean covers(CartLine line) {
        if (!line.promotable() || excludeSkus.contains(line.sku()) || excludeBrands.contains(line.brand())
                || anyCategory(line, excludeCategories)) {
            return false;
        }
        return coversAll() || skus.contains(line.sku()) || brands.contains(line.brand()) || anyCategory(line, categories);
    }

    private static boolean anyCategory(CartLine line, Set<String> set) {
        if (set.isEmpty()) {
            return false;
        }
        for (String c : line.categories()) {
            if (set.contains(c)) {
                return true;
            }
        }
        return false;
    }
}
