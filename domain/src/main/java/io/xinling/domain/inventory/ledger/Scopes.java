package io.xinling.domain.inventory.ledger;

import io.vavr.control.Either;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.inventory.CostingKey;
import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.Location;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.StockSlot;
import io.xinling.domain.inventory.costing.MovementKind;
import io.xinling.domain.inventory.document.ScopeChange;
import io.xinling.domain.inventory.ledger.SpecFactory.Leg;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.UnitQuantity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The costing scope over time (spec 2.1): the scope changes posted on the ledger decide which scope a
 * document of a given date is costed under; before the first change, its {@code from}; with none, the
 * settings' scope. Also how a change explodes into legs and which lines a document before it adds.
 */
final class Scopes {

    private Scopes() {
    }

    /** The scope changes of the ledger, by date. */
    static List<ScopeChange> changes(StockLedger ledger) {
        return ledger.posted().values().stream().filter(ScopeChange.class::isInstance).map(ScopeChange.class::cast)
                .sorted(Comparator.comparing(c -> c.header().date())).toList();
    }

    /**
     * The scope changes of a ledger derived from another without scanning its documents: those of {@code ids}
     * still posted in {@code docs} (in the version {@code docs} holds), and {@code added}, by date.
     */
    static List<ScopeChange> kept(java.util.Collection<io.xinling.domain.inventory.DocumentId> ids,
                                  java.util.Map<io.xinling.domain.inventory.DocumentId,
                                          io.xinling.domain.inventory.document.InventoryDocument> docs,
                                  ScopeChange added) {
        java.util.Map<io.xinling.domain.inventory.DocumentId, ScopeChange> out = new java.util.LinkedHashMap<>();
        for (var id : ids) {
            if (docs.get(id) instanceof ScopeChange c) {
                out.put(id, c);
            }
        }
        if (added != null) {
            out.put(added.header().id(), added);
        }
        if (out.isEmpty()) {
            return List.of();
        }
        return out.values().stream().sorted(Comparator.comparing(c -> c.header().date())).toList();
    }

    /** The scope documents dated {@code date} are costed under. */
    static CostingScope on(StockLedger ledger, LocalDate date) {
        List<ScopeChange> changes = ledger.scopeChanges();
        if (changes.isEmpty()) {
            return ledger.setup().settings().scope();
        }
        CostingScope in = changes.get(0).from();
        for (ScopeChange c : changes) {
            if (!c.header().date().isAfter(date)) {
                in = c.to();
            }
        }
        return in;
    }

    /**
     * Two legs per line, ordered by line number (so a part of the change, or lines added later, order as in
     * the whole): leaving the key of {@code from} ({@link MovementKind#SWITCH_OUT}) and
     * opening the key of {@code to} ({@link MovementKind#SWITCH_IN}, fed by the first).
     */
    static Either<InventoryError, ?> explode(SpecFactory f, InventorySetup setup, ScopeChange c) {
        for (ScopeChange.Line l : c.lines()) {
            Sku sku = setup.catalog().find(l.sku()).orElse(null);
            if (sku == null) {
                return Either.left(new InventoryError.Catalog(new io.xinling.domain.catalog.CatalogError.UnknownSku(l.sku())));
            }
            StockSlot slot = new StockSlot(Location.of(l.warehouse()), l.sku(), l.batch());
            Leg out = new Leg(l.line(), 0, slot.location(), sku, l.batch(), new UnitQuantity(Quantity.ZERO, sku.baseUnit()),
                    List.of());
            Leg in = new Leg(l.line(), 1, slot.location(), sku, l.batch(), out.entered(), List.of());
            MovementSpec o = f.add(2 * l.line(), out, CostingKey.of(slot, c.from(), sku.batchCosting()),
                    MovementKind.SWITCH_OUT, Quantity.ZERO, f.zero(), Optional.empty(), false, Optional.empty());
            f.add(2 * l.line() + 1, in, CostingKey.of(slot, c.to(), sku.batchCosting()), MovementKind.SWITCH_IN,
                    Quantity.ZERO, f.zero(), Optional.of(o.id()), false, Optional.empty());
        }
        return Either.right(true);
    }

    /** What one line carries: SKU, warehouse and, for a batch-costed SKU, the batch. */
    private record Pair(io.xinling.domain.catalog.SkuId sku, io.xinling.domain.inventory.WarehouseId warehouse,
                        Optional<io.xinling.domain.inventory.BatchNo> batch) {
    }

    private static Pair pair(InventorySetup setup, StockSlot slot, Location.InWarehouse w) {
        boolean batchCosted = setup.catalog().find(slot.sku()).map(Sku::batchCosting).orElse(false);
        return new Pair(slot.sku(), w.warehouse(), batchCosted ? slot.batch() : Optional.empty());
    }

    /**
     * The change with a line for every (SKU, warehouse[, batch]) of {@code slots} it lacks, when those slots
     * move before its date; empty when it lacks none.
     */
    static Optional<ScopeChange> extended(InventorySetup setup, ScopeChange c, LocalDate movedOn,
                                          List<StockSlot> slots) {
        if (!movedOn.isBefore(c.header().date())) {
            return Optional.empty();
        }
        Set<Pair> have = new HashSet<>();
        int next = 0;
        for (ScopeChange.Line l : c.lines()) {
            have.add(new Pair(l.sku(), l.warehouse(), setup.catalog().find(l.sku()).map(Sku::batchCosting).orElse(false)
                    ? l.batch() : Optional.empty()));
            next = Math.max(next, l.line());
        }
        List<ScopeChange.Line> more = new ArrayList<>();
        for (StockSlot s : slots) {
            if (s.location() instanceof Location.InWarehouse w && have.add(pair(setup, s, w))) {
                more.add(new ScopeChange.Line(++next, s.sku(), w.warehouse(), s.batch()));
            }
        }
        return more.isEmpty() ? Optional.empty() : Optional.of(c.withLines(more));
    }

    /** The lines of a change at {@code date}: every (SKU, warehouse[, batch]) that moved before it, in order seen. */
    static List<ScopeChange.Line> lines(StockLedger ledger, LocalDate date) {
        List<StockSlot> slots = new ArrayList<>();
        for (StockMovement m : ledger.movements()) {
            if (m.spec().ordering().date().isBefore(date)) {
                slots.add(m.spec().slot());
            }
        }
        ScopeChange none = new ScopeChange(io.xinling.domain.inventory.document.DocumentHeader.of(1, 0, date),
                CostingScope.PER_ACCOUNT_SET, CostingScope.PER_WAREHOUSE, List.of());
        return extended(ledger.setup(), none, date.minusDays(1), slots).map(ScopeChange::lines).orElse(List.of());
    }

    static boolean isSwitch(MovementSpec s) {
        return s.kind() == MovementKind.SWITCH_OUT || s.kind() == MovementKind.SWITCH_IN;
    }

    static Set<MovementId> ids(List<MovementSpec> specs) {
        Set<MovementId> out = new HashSet<>();
        specs.forEach(s -> out.add(s.id()));
        return out;
    }
}
