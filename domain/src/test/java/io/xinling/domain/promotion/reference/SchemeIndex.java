package io.xinling.domain.promotion.reference;

import io.xinling.domain.promotion.CartLine;
import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.scheme.ProductScope;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Schemes indexed by SKU, category and brand (plus the ones covering all products), so that pricing a
 * cart touches only the schemes its lines can reach. Build once per scheme set and reuse.
 */
public final class SchemeIndex {

    private final List<Scheme> schemes;
    private final List<Integer> global = new ArrayList<>();
    private final Map<String, List<Integer>> bySku = new HashMap<>();
    private final Map<String, List<Integer>> byCategory = new HashMap<>();
    private final Map<String, List<Integer>> byBrand = new HashMap<>();

    public SchemeIndex(List<Scheme> schemes) {
        this.schemes = List.copyOf(schemes);
        for (int i = 0; i < this.schemes.size(); i++) {
            ProductScope scope = this.schemes.get(i).scope();
            if (scope.coversAll()) {
                global.add(i);
                continue;
            }
            for (String sku : scope.skus()) {
                bySku.computeIfAbsent(sku, k -> new ArrayList<>()).add(i);
            }
            for (String c : scope.categories()) {
                byCategory.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
            }
            for (String b : scope.brands()) {
                byBrand.computeIfAbsent(b, k -> new ArrayList<>()).add(i);
            }
        }
    }

    public List<Scheme> all() {
        return schemes;
    }

    /** The schemes that may reach at least one of the lines, in input order. */
    public List<Scheme> candidates(List<CartLine> lines) {
        BitSet hit = new BitSet(schemes.size());
        for (int i : global) {
            hit.set(i);
        }
        for (CartLine line : lines) {
            mark(hit, bySku.get(line.sku()));
            mark(hit, byBrand.get(line.brand()));
            for (String c : line.categories()) {
                mark(hit, byCategory.get(c));
            }
        }
        List<Scheme> out = new ArrayList<>(hit.cardinality());
        for (int i = hit.nextSetBit(0); i >= 0; i = hit.nextSetBit(i + 1)) {
            out.add(schemes.get(i));
        }
        return out;
    }

    private static void mark(BitSet hit, List<Integer> ids) {
        if (ids != null) {
            for (int i : ids) {
                hit.set(i);
            }
        }
    }
}
