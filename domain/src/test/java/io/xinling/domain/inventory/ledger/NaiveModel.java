package io.xinling.domain.inventory.ledger;

import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.document.Assembly;
import io.xinling.domain.inventory.document.InventoryDocument;
import io.xinling.domain.inventory.document.Issue;
import io.xinling.domain.inventory.document.Receipt;
import io.xinling.domain.inventory.document.SalesReturn;
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
    private final boolean negative;
    private final Map<String, BigDecimal> q = new HashMap<>();
    private final Map<String, BigDecimal> v = new HashMap<>();
    private final Map<String, BigDecimal> slot = new HashMap<>();
    private final Map<String, BigDecimal[]> ref = new HashMap<>();
    private final Map<String, BigDecimal[]> lastIn = new HashMap<>();
    private final Map<String, Deque<Hole>> holes = new HashMap<>();
    private final Map<MovementId, Expected> out = new HashMap<>();

    private NaiveModel(CostingScope scope, boolean negative) {
        this.scope = scope;
        this.negative = negative;
    }

    static Optional<Map<MovementId, Expected>> run(List<InventoryDocument> docs, CostingScope scope, boolean negative) {
        NaiveModel m = new NaiveModel(scope, negative);
        List<Leg> legs = new ArrayList<>();
        docs.forEach(d -> legs.addAll(legsOf(d)));
        legs.sort(Comparator.comparing((Leg l) -> l.doc.header().date()).thenComparing(l -> l.doc.header().seq())
                .thenComparing(l -> l.order));
        BigDecimal carried = BigDecimal.ZERO;
        for (Leg l : legs) {
            BigDecimal r = m.apply(l, carried);
            if (r == null) {
                return Optional.empty();
            }
            carried = l.kind.equals("OUT") ? carried.add(r) : BigDecimal.ZERO;
        }
        return Optional.of(m.out);
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
        String key = (scope == CostingScope.PER_WAREHOUSE ? "W" + l.wh : "*") + "/" + l.sku;
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
