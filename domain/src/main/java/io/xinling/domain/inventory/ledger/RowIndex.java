package io.xinling.domain.inventory.ledger;

import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.CostingKey;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.Location;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.StockSlot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where things are in a ledger's rows, as persistent maps a version appending rows extends in O(log n)
 * per row: each costing key's and slot's first row (its order of first appearance) and last row (its balance), and
 * the slots of each location and SKU. The index of a {@link StockLedger#union} is put together from its parts'
 * indexes, their rows renumbered: work in the number of keys and slots, not of rows. {@link Ids} is the row of each
 * movement id, built apart (only lookups need it).
 */
final class RowIndex {

    /** Positions of the first row (order of first appearance) and of the last row. */
    record Spot(int first, int last) {
    }

    /** A location and SKU, over all batches. */
    record Place(Location location, SkuId sku) {
    }

    final io.vavr.collection.HashMap<CostingKey, Spot> keys;
    final io.vavr.collection.HashMap<StockSlot, Spot> slots;
    final io.vavr.collection.HashMap<Place, io.vavr.collection.List<StockSlot>> places;

    private RowIndex(io.vavr.collection.HashMap<CostingKey, Spot> keys, io.vavr.collection.HashMap<StockSlot, Spot> slots,
                     io.vavr.collection.HashMap<Place, io.vavr.collection.List<StockSlot>> places) {
        this.keys = keys;
        this.slots = slots;
        this.places = places;
    }

    static RowIndex of(List<StockMovement> rows) {
        Map<CostingKey, Spot> keys = new HashMap<>();
        Map<StockSlot, Spot> slots = new HashMap<>();
        Map<Place, io.vavr.collection.List<StockSlot>> places = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            MovementSpec s = rows.get(i).spec();
            Spot k = keys.get(s.key());
            keys.put(s.key(), new Spot(k == null ? i : k.first(), i));
            Spot l = slots.get(s.slot());
            if (l == null) {
                places.merge(new Place(s.slot().location(), s.sku()), io.vavr.collection.List.of(s.slot()),
                        (a, b) -> a.appendAll(b));
            }
            slots.put(s.slot(), new Spot(l == null ? i : l.first(), i));
        }
        return new RowIndex(io.vavr.collection.HashMap.ofAll(keys), io.vavr.collection.HashMap.ofAll(slots),
                io.vavr.collection.HashMap.ofAll(places));
    }

    /**
     * The index of rows merged from disjoint parts (no costing key, slot or place in two of them): {@code rows[p][j]} is
     * the merged position of row {@code j} of part {@code p}, whose index is {@code parts.get(p)}.
     */
    static RowIndex union(List<RowIndex> parts, int[][] rows) {
        Map<CostingKey, Spot> keys = new HashMap<>();
        Map<StockSlot, Spot> slots = new HashMap<>();
        Map<Place, io.vavr.collection.List<StockSlot>> places = new HashMap<>();
        for (int p = 0; p < parts.size(); p++) {
            int[] at = rows[p];
            RowIndex part = parts.get(p);
            part.keys.forEach((key, spot) -> keys.put(key, new Spot(at[spot.first()], at[spot.last()])));
            part.slots.forEach((slot, spot) -> slots.put(slot, new Spot(at[spot.first()], at[spot.last()])));
            part.places.forEach(places::put);
        }
        return new RowIndex(io.vavr.collection.HashMap.ofAll(keys), io.vavr.collection.HashMap.ofAll(slots),
                io.vavr.collection.HashMap.ofAll(places));
    }

    /** This index after {@code more} were appended at position {@code from}. */
    RowIndex plus(List<StockMovement> more, int from) {
        var k = keys;
        var s = slots;
        var p = places;
        for (int j = 0; j < more.size(); j++) {
            int i = from + j;
            MovementSpec spec = more.get(j).spec();
            Spot key = k.get(spec.key()).getOrNull();
            k = k.put(spec.key(), new Spot(key == null ? i : key.first(), i));
            Spot slot = s.get(spec.slot()).getOrNull();
            if (slot == null) {
                Place place = new Place(spec.slot().location(), spec.sku());
                p = p.put(place, p.get(place).getOrElse(io.vavr.collection.List.empty()).append(spec.slot()));
            }
            s = s.put(spec.slot(), new Spot(slot == null ? i : slot.first(), i));
        }
        return new RowIndex(k, s, p);
    }

    /** The row of each movement id, and the rows of each document (latest first). */
    record Ids(io.vavr.collection.HashMap<MovementId, Integer> rows,
               io.vavr.collection.HashMap<DocumentId, io.vavr.collection.List<Integer>> documents) {

        static Ids of(List<StockMovement> rows) {
            Map<MovementId, Integer> ids = new HashMap<>(rows.size() * 4 / 3 + 1);
            Map<DocumentId, io.vavr.collection.List<Integer>> documents = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                MovementId id = rows.get(i).id();
                ids.put(id, i);
                documents.merge(id.document(), io.vavr.collection.List.of(i), (was, row) -> was.prependAll(row));
            }
            return new Ids(io.vavr.collection.HashMap.ofAll(ids), io.vavr.collection.HashMap.ofAll(documents));
        }

        Ids plus(List<StockMovement> more, int from) {
            var d = rows;
            var docs = documents;
            for (int j = 0; j < more.size(); j++) {
                MovementId id = more.get(j).id();
                d = d.put(id, from + j);
                docs = docs.put(id.document(), docs.get(id.document()).getOrElse(io.vavr.collection.List.empty()).prepend(from + j));
            }
            return new Ids(d, docs);
        }
    }
}
