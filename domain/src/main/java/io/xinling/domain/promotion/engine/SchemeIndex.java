package io.xinling.domain.promotion.engine;

import io.xinling.domain.promotion.CartLine;
import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.scheme.ProductScope;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of schemes compiled once for many carts: sorted in scheme-id order (the engine's evaluation
 * order), each with its flags worked out ({@link CompiledScheme}), and indexed by SKU, category and brand
 * (plus the ones covering all products), so that pricing a cart touches only the schemes its lines can
 * reach and finds each scheme's covered lines without testing every scope against every line. Immutable
 * and safe to share between threads; build one per scheme set (per tenant and version) and reuse it.
 */
public final class SchemeIndex {

    private static final int[] NONE = new int[0];

    private final List<Scheme> schemes;
    private final CompiledScheme[] sorted;
    private final int[] global;
    /** The schemes of {@link #global} with exclude lists, whose lines are checked one by one. */
    private final int[] globalWithExcludes;
    private final Map<String, int[]> bySku;
    private final Map<String, int[]> byCategory;
    private final Map<String, int[]> byBrand;
    private final int groups;

    public SchemeIndex(List<Scheme> schemes) {
        this.schemes = List.copyOf(schemes);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < this.schemes.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> this.schemes.get(i).id()));
        Map<String, Integer> groupOrdinals = groupOrdinals(this.schemes);
        groups = groupOrdinals.size();
        sorted = new CompiledScheme[order.size()];
        List<Integer> all = new ArrayList<>();
        Map<String, List<Integer>> sku = new HashMap<>();
        Map<String, List<Integer>> category = new HashMap<>();
        Map<String, List<Integer>> brand = new HashMap<>();
        int[] startRank = startRanks(this.schemes, order);
        int id = -1;
        for (int k = 0; k < sorted.length; k++) {
            Scheme scheme = this.schemes.get(order.get(k));
            if (k == 0 || !scheme.id().equals(sorted[k - 1].id)) {
                id++;
            }
            sorted[k] = new CompiledScheme(scheme, k, order.get(k), id, groupOrdinals.get(scheme.exclusionGroup()),
                    startRank[order.get(k)]);
            ProductScope scope = sorted[k].scheme.scope();
            if (scope.coversAll()) {
                all.add(k);
                continue;
            }
            for (String s : scope.skus()) {
                sku.computeIfAbsent(s, x -> new ArrayList<>()).add(k);
            }
            for (String c : scope.categories()) {
                category.computeIfAbsent(c, x -> new ArrayList<>()).add(k);
            }
            for (String b : scope.brands()) {
                brand.computeIfAbsent(b, x -> new ArrayList<>()).add(k);
            }
        }
        global = ints(all);
        List<Integer> withExcludes = new ArrayList<>();
        for (int k : global) {
            if (sorted[k].hasExcludes) {
                withExcludes.add(k);
            }
        }
        globalWithExcludes = ints(withExcludes);
        bySku = frozen(sku);
        byCategory = frozen(category);
        byBrand = frozen(brand);
    }

    public List<Scheme> all() {
        return schemes;
    }

    /** The schemes that may reach at least one of the lines, in input order. */
    public List<Scheme> candidates(List<CartLine> lines) {
        List<CompiledScheme> hit = new ArrayList<>(cover(lines.toArray(new CartLine[0])).candidates);
        hit.sort(Comparator.comparingInt(k -> k.inputOrder));
        List<Scheme> out = new ArrayList<>(hit.size());
        for (CompiledScheme k : hit) {
            out.add(k.scheme);
        }
        return out;
    }

    /** A scheme hit by a cart, in {@link #cover}'s per-scheme marks (the sign bit; lines go in the bits below). */
    private static final int HIT = 1 << 31;
    /** The most lines whose bits {@link #cover} keeps in its per-scheme marks. */
    private static final int MARKED_LINES = 31;

    /**
     * The candidates for a cart (every scheme covering all products, and every scheme one of whose SKUs,
     * categories or brands a line carries), in scheme-id order, with the lines each one's scope covers: one
     * bitset row per candidate (not per scheme of the index, of which a cart reaches few). A cart of up to
     * {@value #MARKED_LINES} lines has each scheme's covered lines marked as it is hit; a larger one looks
     * its lines up again once the candidates' rows are known.
     */
    Coverage cover(CartLine[] lines) {
        int n = lines.length;
        int m = sorted.length;
        int words = Math.max(1, (n + 63) >>> 6);
        boolean marked = n <= MARKED_LINES;
        long[] promotable = new long[words];
        for (int i = 0; i < n; i++) {
            if (lines[i].promotable()) {
                promotable[i >>> 6] |= 1L << i;
            }
        }
        // per scheme: HIT once a line reaches it (with the lines it covers, when marked), then, for the candidates,
        // their row (position among the candidates)
        int[] row = new int[m];
        for (int k : global) {
            row[k] = HIT | (marked && !sorted[k].hasExcludes ? (int) promotable[0] : 0);
        }
        for (int i = 0; i < n; i++) {
            CartLine line = lines[i];
            hit(row, globalWithExcludes, line, i, marked);
            hit(row, bySku.getOrDefault(line.sku(), NONE), line, i, marked);
            hit(row, byBrand.getOrDefault(line.brand(), NONE), line, i, marked);
            for (String c : line.categories()) {
                hit(row, byCategory.getOrDefault(c, NONE), line, i, marked);
            }
        }
        int candidates = 0;
        for (int k = 0; k < m; k++) {
            if (row[k] != 0) {
                candidates++;
            }
        }
        CompiledScheme[] hit = new CompiledScheme[candidates];
        long[] bits = new long[candidates * words];
        // per candidate, the number of its id among the candidates' ids, kept only once two candidates share an id
        // (they are next to each other in id order); until then a candidate's id is its row
        int[] idOfRow = null;
        int ids = 0;
        for (int k = 0, r = 0; k < m; k++) {
            if (row[k] == 0) {
                continue;
            }
            boolean sameId = r > 0 && hit[r - 1].idOrdinal == sorted[k].idOrdinal;
            if (sameId && idOfRow == null) {
                idOfRow = new int[candidates];
                for (int j = 0; j < r; j++) {
                    idOfRow[j] = j;
                }
            }
            if (idOfRow != null) {
                idOfRow[r] = sameId ? ids - 1 : ids;
            }
            ids += sameId ? 0 : 1;
            if (marked) {
                bits[r] = row[k] & ~HIT;
            }
            hit[r] = sorted[k];
            row[k] = r++;
        }
        if (!marked) {
            markAgain(lines, row, bits, words, promotable);
        }
        return new Coverage(words, bits, Arrays.asList(hit), row, idOfRow, ids, groups);
    }

    /** Marks the schemes {@code ks} hit by line {@code i}, and covering it if it is promotable (when {@code marked}). */
    private void hit(int[] row, int[] ks, CartLine line, int i, boolean marked) {
        boolean covered = marked && line.promotable();
        for (int k : ks) {
            row[k] |= HIT;
            if (covered && (!sorted[k].hasExcludes || sorted[k].scheme.scope().covers(line))) {
                row[k] |= 1 << i;
            }
        }
    }

    /** The covered lines of a cart of more than {@value #MARKED_LINES} lines, by row, its candidates known. */
    private void markAgain(CartLine[] lines, int[] row, long[] bits, int words, long[] promotable) {
        for (int k : global) {
            if (!sorted[k].hasExcludes) {
                System.arraycopy(promotable, 0, bits, row[k] * words, words);
            }
        }
        for (int i = 0; i < lines.length; i++) {
            CartLine line = lines[i];
            mark(bits, words, row, globalWithExcludes, line, i);
            mark(bits, words, row, bySku.getOrDefault(line.sku(), NONE), line, i);
            mark(bits, words, row, byBrand.getOrDefault(line.brand(), NONE), line, i);
            for (String c : line.categories()) {
                mark(bits, words, row, byCategory.getOrDefault(c, NONE), line, i);
            }
        }
    }

    private void mark(long[] bits, int words, int[] row, int[] ks, CartLine line, int i) {
        if (!line.promotable()) {
            return;
        }
        for (int k : ks) {
            if (!sorted[k].hasExcludes || sorted[k].scheme.scope().covers(line)) {
                bits[row[k] * words + (i >>> 6)] |= 1L << i;
            }
        }
    }

    /** Each distinct exclusion group's number, in name order. */
    private static Map<String, Integer> groupOrdinals(List<Scheme> schemes) {
        Map<String, Integer> ordinals = new java.util.TreeMap<>();
        for (Scheme s : schemes) {
            ordinals.put(s.exclusionGroup(), 0);
        }
        int g = 0;
        for (Map.Entry<String, Integer> e : ordinals.entrySet()) {
            e.setValue(g++);
        }
        return ordinals;
    }

    /**
     * Each scheme's rank (by input position) in the order of {@link Selection#BY_START_THEN_ID}, starting from
     * the schemes in id order so that equal schemes keep that order.
     */
    private static int[] startRanks(List<Scheme> schemes, List<Integer> idOrder) {
        List<Integer> byStart = new ArrayList<>(idOrder);
        byStart.sort(Comparator.comparing(schemes::get, Selection.BY_START_THEN_ID));
        int[] rank = new int[schemes.size()];
        for (int r = 0; r < byStart.size(); r++) {
            rank[byStart.get(r)] = r;
        }
        return rank;
    }

    private static int[] ints(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    private static Map<String, int[]> frozen(Map<String, List<Integer>> map) {
        Map<String, int[]> out = new HashMap<>();
        map.forEach((key, list) -> out.put(key, ints(list)));
        return out;
    }
}
