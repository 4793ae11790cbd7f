package io.xinling.domain.inventory.ledger;

import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.document.Assembly;
import io.xinling.domain.inventory.document.InventoryDocument;
import io.xinling.domain.inventory.document.Issue;
import io.xinling.domain.inventory.document.Receipt;
import io.xinling.domain.inventory.document.SalesReturn;
import io.xinling.domain.inventory.document.ScopeChange;
import io.xinling.domain.inventory.document.Stocktake;
import io.xinling.domain.inventory.document.Transfer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The oracle: a deliberately naïve, exact-decimal replay of the spec's rules (2.4 to 2.10) over the
 * generated documents, written independently of the engine. Returns nothing when some movement
 * cannot be costed (short stock, no reference cost), which the ledger must then refuse too.
 */
final class NaiveModel {

    record Expected(BigDecimal amount, BigDecimal settlement, BigDecimal qty) {
    }

    private record Leg(MovementId id, InventoryDocument doc, int order, String kind, int wh, long sku, BigDecimal qty) {
    }

    private static final class Hole {
        final MovementId sale;
        BigDecimal qty;
        BigDecimal prov;

        Hole(MovementId sale, BigDecimal qty, BigDecimal prov) {
            this.sale = sale;
            this.qty = qty;
            this.prov = prov;
        }
    }

    private record Part(MovementId sale, BigDecimal qty, BigDecimal prov) {
    }

    private final Map<MovementId, BigDecimal> attributed = new HashMap<>();
    private final Map<MovementId, BigDecimal[]> returned = new HashMap<>();

    private final CostingScope scope;
    private final List<ScopeChange> switches;
    private final Map<String, BigDecimal> carried = new HashMap<>();
    private final boolean negative;
    private final Map<String, BigDecimal> q = new HashMap<>();
    private final Map<String, BigDecimal> v = new HashMap<>();
    private final Map<String, BigDecimal> slot = new HashMap<>();
    private final Map<String, BigDecimal[]> ref = new HashMap<>();
    private final Map<String, BigDecimal[]> lastIn = new HashMap<>();
    private final Map<String, Deque<Hole>> holes = new HashMap<>();
    private final Map<MovementId, Expected> out = new HashMap<>();

    private NaiveModel(CostingScope scope, boolean negative, List<ScopeChange> switches) {
        this.scope = switches.isEmpty() ? scope : switches.get(0).from();
        this.switches = switches;
        this.negative = negative;
    }

    static Optional<Map<MovementId, Expected>> run(List<InventoryDocument> docs, CostingScope scope, boolean negative) {
        return run(docs, scope, negative, List.of());
    }

    /** With scope switches (spec 2.1): each applied at the start of its day, before that day's documents. */
    static Optional<Map<MovementId, Expected>> run(List<InventoryDocument> docs, CostingScope scope, boolean negative,
                                                   List<ScopeChange> switches) {
        NaiveModel m = new NaiveModel(scope, negative, switches);
        List<Leg> legs = new ArrayList<>();
        docs.forEach(d -> legs.addAll(legsOf(d)));
        switches.forEach(c -> legs.add(new Leg(new MovementId(c.header().id(), 0, 0), c, 0, "SWITCH", 0, 0,
                BigDecimal.ZERO)));
        legs.sort(Comparator.comparing((Leg l) -> l.doc.header().date()).thenComparing(l -> l.doc.header().seq())
                .thenComparing(l -> l.order));
        BigDecimal carried = BigDecimal.ZERO;
        for (Leg l : legs) {
            if (l.kind.equals("SWITCH")) {
                m.switchScope((ScopeChange) l.doc);
                continue;
            }
            BigDecimal r = m.apply(l, carried);
            if (r == null) {
                return Optional.empty();
            }
            Expected e = m.out.get(l.id);
            m.carried.merge(m.keyOf(l) + "|" + l.wh, e.amount().subtract(e.settlement()), BigDecimal::add);
            carried = l.kind.equals("OUT") ? carried.add(r) : BigDecimal.ZERO;
        }
        return Optional.of(m.out);
    }

    /** The (warehouse, SKU) of each leg of a generated document, in leg order. */
    static List<long[]> pairsOf(InventoryDocument d) {
        return legsOf(d).stream().map(l -> new long[] {l.wh, l.sku}).toList();
    }

    private CostingScope scopeOn(java.time.LocalDate date) {
        CostingScope in = scope;
        for (ScopeChange c : switches) {
            if (!c.header().date().isAfter(date)) {
                in = c.to();
            }
        }
        return in;
    }

    /**
     * A new key's opening from its positive part {@code (P_q, P_v)} and negative part {@code (N_q, N_v)}: the
     * negative units are owed as one hole that the positive units fill (2.6). Returns the settlement.
     */
    private BigDecimal open(String key, MovementId in, BigDecimal[] parts) {
        BigDecimal pq = parts[0];
        BigDecimal pv = parts[1];
        BigDecimal nq = parts[2];
        BigDecimal nv = parts[3];
        BigDecimal before = get(v, key);
        holes.remove(key);
        BigDecimal after;
        if (nq.signum() == 0) {
            after = get(q, key).signum() == 0 ? BigDecimal.ZERO : before;
        } else {
            BigDecimal owed = nq.negate();
            if (pq.compareTo(owed) < 0) {
                BigDecimal settledProvisional = round2(nv.negate().multiply(pq).divide(owed, 30, RoundingMode.HALF_UP));
                after = nv.add(settledProvisional);
                holes.computeIfAbsent(key, k -> new ArrayDeque<>()).add(new Hole(in, owed.subtract(pq),
                        nv.negate().subtract(settledProvisional)));
            } else if (pq.compareTo(owed) == 0) {
                after = BigDecimal.ZERO;
            } else {
                after = pv.subtract(round2(pv.multiply(owed).divide(pq, 30, RoundingMode.HALF_UP)));
            }
        }
        v.put(key, after);
        return before.subtract(after);
    }

    private static String key(CostingScope in, long wh, long sku) {
        return (in == CostingScope.PER_WAREHOUSE ? "W" + wh : "*") + "/" + sku;
    }

    private String keyOf(Leg l) {
        return key(scopeOn(l.doc.header().date()), l.wh, l.sku);
    }

    /**
     * At the boundary each line's warehouse stock leaves its old key at what the warehouse carries of it and
     * opens the new key at a value share of the old key (the old key's last line takes the rest); a new key
     * left at zero quantity settles its value, one left negative owes it as a single hole.
     */
    private void switchScope(ScopeChange c) {
        Map<String, BigDecimal[]> before = new HashMap<>();
        Map<String, Integer> lastOfOld = new HashMap<>();
        Map<String, Integer> lastOfNew = new HashMap<>();
        for (ScopeChange.Line line : c.lines()) {
            long wh = line.warehouse().value();
            long sku = line.sku().value();
            String old = key(c.from(), wh, sku);
            before.putIfAbsent(old, new BigDecimal[] {get(q, old), get(v, old)});
            lastOfOld.put(old, line.line());
            lastOfNew.put(key(c.to(), wh, sku), line.line());
        }
        Map<String, BigDecimal> given = new HashMap<>();
        Map<String, BigDecimal[]> opening = new HashMap<>();
        for (ScopeChange.Line line : c.lines()) {
            long wh = line.warehouse().value();
            long sku = line.sku().value();
            String old = key(c.from(), wh, sku);
            String nw = key(c.to(), wh, sku);
            BigDecimal n = get(slot, "W" + wh + "/" + sku);
            BigDecimal leaving = get(carried, old + "|" + wh);
            carried.put(old + "|" + wh, BigDecimal.ZERO);
            q.put(old, get(q, old).subtract(n));
            v.put(old, get(v, old).subtract(leaving));
            out.put(new MovementId(c.header().id(), line.line(), 0), new Expected(leaving.negate(), BigDecimal.ZERO, n.negate()));
            BigDecimal[] at = before.get(old);
            BigDecimal share;
            if (lastOfOld.get(old) == line.line()) {
                share = at[1].subtract(get(given, old));
            } else {
                share = at[0].signum() == 0 ? BigDecimal.ZERO
                        : round2(at[1].multiply(n).divide(at[0], 30, RoundingMode.HALF_UP));
            }
            given.merge(old, share, BigDecimal::add);
            q.put(nw, get(q, nw).add(n));
            v.put(nw, get(v, nw).add(share));
            BigDecimal settled = BigDecimal.ZERO;
            MovementId in = new MovementId(c.header().id(), line.line(), 1);
            BigDecimal[] parts = opening.computeIfAbsent(nw, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO});
            int side = n.signum() < 0 ? 2 : 0;
            parts[side] = parts[side].add(n);
            parts[side + 1] = parts[side + 1].add(share);
            if (lastOfNew.get(nw) == line.line()) {
                settled = open(nw, in, parts);
            }
            if (get(q, nw).signum() > 0) {
                ref.put(nw, new BigDecimal[] {get(q, nw), get(v, nw)});
            }
            carried.merge(nw + "|" + wh, share.subtract(settled), BigDecimal::add);
            out.put(in, new Expected(share, settled, n));
        }
        before.keySet().forEach(holes::remove);
    }

    private static List<Leg> legsOf(InventoryDocument d) {
        var id = d.header().id();
        if (d instanceof Receipt r) {
            var l = r.lines().get(0).stock();
            return List.of(new Leg(new MovementId(id, 1, 0), d, 0, "IN", (int) r.warehouse().value(), l.sku().value(), l.quantity().quantity().value()));
        }
        if (d instanceof Issue i) {
            var l = i.lines().get(0);
            return List.of(new Leg(new MovementId(id, 1, 0), d, 0, "SALE", (int) i.warehouse().value(), l.sku().value(), l.quantity().quantity().value()));
        }
        if (d instanceof Transfer t) {
            var l = t.lines().get(0);
            BigDecimal n = l.quantity().quantity().value();
            return List.of(new Leg(new MovementId(id, 1, 0), d, 0, "OUT", (int) t.from().value(), l.sku().value(), n),
                    new Leg(new MovementId(id, 1, 1), d, 1, "FED", (int) t.to().value(), l.sku().value(), n));
        }
        if (d instanceof SalesReturn r) {
            var l = r.lines().get(0).stock();
            return List.of(new Leg(new MovementId(id, 1, 0), d, 0, "RETURN", (int) r.warehouse().value(), l.sku().value(), l.quantity().quantity().value()));
        }
        if (d instanceof Stocktake s) {
            var l = s.lines().get(0);
            return List.of(new Leg(new MovementId(id, 1, 0), d, 0, "COUNT", (int) s.warehouse().value(), l.sku().value(), l.counted().quantity().value()));
        }
        Assembly a = (Assembly) d;
        int w = (int) a.warehouse().value();
        return List.of(new Leg(new MovementId(id, 1, 0), d, 0, "OUT", w, 1, a.components().get(0).quantity().quantity().value()),
                new Leg(new MovementId(id, 2, 0), d, 1, "OUT", w, 2, a.components().get(1).quantity().quantity().value()),
                new Leg(new MovementId(id, 3, 0), d, 2, "KIT", w, 3, a.kits().get(0).stock().quantity().quantity().value()));
    }

    /** Applies one leg; returns the cost of an out leg (or zero), null when it cannot be costed. */
    private BigDecimal apply(Leg l, BigDecimal carried) {
        String key = keyOf(l);
        String s = "W" + l.wh + "/" + l.sku;
        return switch (l.kind) {
            case "IN" -> inbound(l, key, s, l.qty, ((Receipt) l.doc).lines().get(0).amount().toDecimal());
            case "SALE" -> outbound(l, key, s, l.qty, negative);
            case "OUT" -> outbound(l, key, s, l.qty, false);
            case "FED" -> inbound(l, key, s, l.qty, carried);
            case "KIT" -> inbound(l, key, s, l.qty, carried.add(((Assembly) l.doc).fee().toDecimal()));
            case "RETURN" -> referencedReturn(l, key, s, ((SalesReturn) l.doc).lines().get(0).sale());
            default -> count(l, key, s);
        };
    }

    private BigDecimal count(Leg l, String key, String s) {
        BigDecimal diff = l.qty.subtract(get(slot, s));
        if (diff.signum() < 0) {
            return outbound(l, key, s, diff.negate(), false);
        }
        if (diff.signum() == 0) {
            out.put(l.id, new Expected(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
            return BigDecimal.ZERO;
        }
        BigDecimal a;
        if (get(q, key).signum() > 0) {
            a = round2(get(v, key).multiply(diff).divide(get(q, key), 30, RoundingMode.HALF_UP));
        } else {
            BigDecimal r = reference(key, l.sku);
            if (r == null) {
                return null;
            }
            a = round2(r.multiply(diff));
        }
        return inbound(l, key, s, diff, a);
    }

    private BigDecimal inbound(Leg l, String key, String s, BigDecimal r, BigDecimal a) {
        BigDecimal adj = BigDecimal.ZERO;
        BigDecimal held = get(q, key);
        if (held.signum() < 0) {
            if (held.add(r).signum() <= 0) {
                List<Part> parts = take(key, r);
                BigDecimal share = attribute(parts, a, r);
                adj = a.subtract(share);
                v.put(key, get(v, key).add(share));
            } else {
                BigDecimal h = held.negate();
                BigDecimal actual = round2(a.multiply(h).divide(r, 30, RoundingMode.HALF_UP));
                attribute(take(key, h), actual, h);
                adj = actual.add(get(v, key));
                v.put(key, a.subtract(actual));
            }
        } else {
            v.put(key, get(v, key).add(a));
        }
        q.put(key, held.add(r));
        slot.put(s, get(slot, s).add(r));
        lastIn.put(key, new BigDecimal[] {r, a});
        if (get(q, key).signum() > 0) {
            ref.put(key, new BigDecimal[] {get(q, key), get(v, key)});
        }
        out.put(l.id, new Expected(a, adj, r));
        return BigDecimal.ZERO;
    }

    private BigDecimal outbound(Leg l, String key, String s, BigDecimal n, boolean mayGoNegative) {
        if (!mayGoNegative && n.compareTo(get(slot, s)) > 0) {
            return null;
        }
        BigDecimal held = get(q, key);
        BigDecimal cost;
        if (n.compareTo(held) <= 0) {
            cost = n.compareTo(held) == 0 ? get(v, key)
                    : round2(get(v, key).multiply(n).divide(held, 30, RoundingMode.HALF_UP));
        } else {
            BigDecimal r = mayGoNegative ? reference(key, l.sku) : null;
            if (r == null) {
                return null;
            }
            BigDecimal covered = held.max(BigDecimal.ZERO);
            BigDecimal prov = round2(r.multiply(n.subtract(covered)));
            cost = (covered.signum() > 0 ? get(v, key) : BigDecimal.ZERO).add(prov);
            holes.computeIfAbsent(key, k -> new ArrayDeque<>()).add(new Hole(l.id, n.subtract(covered), prov));
        }
        q.put(key, held.subtract(n));
        v.put(key, get(v, key).subtract(cost));
        slot.put(s, get(slot, s).subtract(n));
        out.put(l.id, new Expected(cost.negate(), BigDecimal.ZERO, n.negate()));
        return cost;
    }

    /** Gives each settled part its share of {@code actual}, the last the rest; returns Σ provisional. */
    private BigDecimal attribute(List<Part> parts, BigDecimal actual, BigDecimal base) {
        BigDecimal given = BigDecimal.ZERO;
        BigDecimal provisional = BigDecimal.ZERO;
        for (int j = 0; j < parts.size(); j++) {
            Part p = parts.get(j);
            BigDecimal mine = j == parts.size() - 1 ? actual.subtract(given)
                    : round2(actual.multiply(p.qty).divide(base, 30, RoundingMode.HALF_UP));
            given = given.add(mine);
            provisional = provisional.add(p.prov);
            attributed.merge(p.sale, mine.subtract(p.prov), BigDecimal::add);
        }
        return provisional;
    }

    /** Referenced return: C_s × q / q_s, or what remains of C_s for the last units. */
    private BigDecimal referencedReturn(Leg l, String key, String s, MovementId sale) {
        Expected sold = out.get(sale);
        if (sold == null) {
            return null;
        }
        BigDecimal soldQty = sold.qty().negate();
        BigDecimal cost = sold.amount().negate().add(attributed.getOrDefault(sale, BigDecimal.ZERO));
        BigDecimal[] before = returned.getOrDefault(sale, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        BigDecimal remaining = soldQty.subtract(before[0]);
        if (l.qty.compareTo(remaining) > 0) {
            return null;
        }
        BigDecimal amount = l.qty.compareTo(remaining) == 0 ? cost.subtract(before[1])
                : round2(cost.multiply(l.qty).divide(soldQty, 30, RoundingMode.HALF_UP));
        returned.put(sale, new BigDecimal[] {before[0].add(l.qty), before[1].add(amount)});
        return inbound(l, key, s, l.qty, amount);
    }

    /** Takes units off the hole list, FIFO, splitting a partly taken entry by value share. */
    private List<Part> take(String key, BigDecimal n) {
        BigDecimal left = n;
        List<Part> taken = new ArrayList<>();
        Deque<Hole> list = holes.get(key);
        while (left.signum() > 0) {
            Hole h = list.peekFirst();
            BigDecimal part = h.qty.min(left);
            BigDecimal prov = part.compareTo(h.qty) == 0 ? h.prov
                    : round2(h.prov.multiply(part).divide(h.qty, 30, RoundingMode.HALF_UP));
            h.qty = h.qty.subtract(part);
            h.prov = h.prov.subtract(prov);
            if (h.qty.signum() == 0) {
                list.removeFirst();
            }
            taken.add(new Part(h.sale, part, prov));
            left = left.subtract(part);
        }
        return taken;
    }

    private BigDecimal reference(String key, long sku) {
        if (ref.containsKey(key)) {
            return ref.get(key)[1].divide(ref.get(key)[0], 10, RoundingMode.HALF_UP);
        }
        if (lastIn.containsKey(key)) {
            return lastIn.get(key)[1].divide(lastIn.get(key)[0], 10, RoundingMode.HALF_UP);
        }
        return sku == 1 ? new BigDecimal("5.00") : null;
    }

    private static BigDecimal get(Map<String, BigDecimal> map, String key) {
        return map.getOrDefault(key, BigDecimal.ZERO);
    }

    private static BigDecimal round2(BigDecimal x) {
        return x.setScale(2, RoundingMode.HALF_UP);
    }
}
