package io.xinling.domain.inventory.costing;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact, column-wise form of a stock ledger that the costing loop runs on: one position per
 * movement in ordering-key order, quantities in millionths of a base unit, values in minor units.
 * Inputs are appended in order and then {@link #seal() sealed}; outputs (amounts, after-states) are
 * written by {@link Recoster} and may be preloaded from stored rows so that a closure re-cost can
 * start from them. Costing keys and physical slots (warehouse, SKU, batch) are dense indexes;
 * every slot belongs to exactly one key.
 */
public final class CostingTape {

    static final int NONE = -1;

    final int moneyDigits;
    final int keyCount;
    final int slotCount;
    int size;

    final long[] id;
    final long[] doc;
    final int[] key;
    final int[] slot;
    final byte[] kind;
    final boolean[] allowNegative;
    final long[] qty;
    final long[] input;
    final int[] feed;
    final Map<Integer, BigDecimal> weights = new HashMap<>();
    final int[] place;
    final Map<Integer, SwitchLeg> switches = new HashMap<>();

    final BigDecimal[] masterReference;
    final boolean[] allowZeroCost;

    final long[] amount;
    final long[] settlement;
    final long[] derivedQty;
    final long[] qtyAfter;
    final long[] valueAfter;
    final long[] slotAfter;
    final long[] refQty;
    final long[] refValue;
    final long[] inQty;
    final long[] inAmount;
    final byte[] basis;
    final Map<Integer, List<SettlementPart>> settlements = new HashMap<>();

    int[] prevOfKey;
    int[] prevOfSlot;
    final Map<Integer, AllocationGroup> groups = new HashMap<>();
    final Map<Integer, int[]> returnsOfSale = new HashMap<>();

    public CostingTape(int capacity, int keyCount, int slotCount, int moneyDigits) {
        this.moneyDigits = moneyDigits;
        this.keyCount = keyCount;
        this.slotCount = slotCount;
        id = new long[capacity];
        doc = new long[capacity];
        key = new int[capacity];
        slot = new int[capacity];
        kind = new byte[capacity];
        allowNegative = new boolean[capacity];
        qty = new long[capacity];
        input = new long[capacity];
        feed = new int[capacity];
        masterReference = new BigDecimal[keyCount];
        allowZeroCost = new boolean[keyCount];
        place = new int[slotCount];
        amount = new long[capacity];
        settlement = new long[capacity];
        derivedQty = new long[capacity];
        qtyAfter = new long[capacity];
        valueAfter = new long[capacity];
        slotAfter = new long[capacity];
        refQty = new long[capacity];
        refValue = new long[capacity];
        inQty = new long[capacity];
        inAmount = new long[capacity];
        basis = new byte[capacity];
    }

    /**
     * Appends a movement in ordering-key order and returns its position. {@code quantity} is the
     * magnitude (the counted quantity for {@link MovementKind#COUNT}, 0 for value-only kinds);
     * {@code input} is the document amount (inbound amount, value change, fee of an allocation group,
     * credit amount of a purchase return); {@code feed} the position of the feeding movement or -1.
     */
    public int append(long movementId, long document, int costingKey, int physicalSlot, MovementKind movementKind,
                      long quantity, long inputAmount, int feedPosition, boolean negativeAllowed) {
        int i = size++;
        id[i] = movementId;
        doc[i] = document;
        key[i] = costingKey;
        slot[i] = physicalSlot;
        kind[i] = movementKind.code();
        qty[i] = quantity;
        input[i] = inputAmount;
        feed[i] = feedPosition;
        allowNegative[i] = negativeAllowed;
        return i;
    }

    /** The BOM weight per unit of an {@link MovementKind#INBOUND_ALLOCATED} leg (default: its key's R). */
    public void weigh(int position, BigDecimal weight) {
        weights.put(position, weight);
    }

    /** The location (a dense index) of a physical slot: a scope switch carries each key's stock per location. */
    public void placeSlot(int physicalSlot, int location) {
        place[physicalSlot] = location;
    }

    /** Item master reference cost (major units per base unit) and whether zero cost is allowed. */
    public void describeKey(int costingKey, BigDecimal referenceCost, boolean zeroCostAllowed) {
        masterReference[costingKey] = referenceCost;
        allowZeroCost[costingKey] = zeroCostAllowed;
    }

    /** Preloads the stored outputs of a movement, as persisted by an earlier costing run. */
    public void store(int i, StoredCost stored) {
        amount[i] = stored.amount();
        settlement[i] = stored.settlement();
        derivedQty[i] = stored.derivedQty();
        qtyAfter[i] = stored.qtyAfter();
        valueAfter[i] = stored.valueAfter();
        slotAfter[i] = stored.slotAfter();
        refQty[i] = stored.refQty();
        refValue[i] = stored.refValue();
        inQty[i] = stored.inQty();
        inAmount[i] = stored.inAmount();
        basis[i] = (byte) stored.basis().ordinal();
        if (!stored.settlements().isEmpty()) {
            settlements.put(i, stored.settlements());
        }
    }

    /** Derives the per-key and per-slot chains and the allocation groups; call once after appending. */
    public CostingTape seal() {
        prevOfKey = chain(key, keyCount);
        prevOfSlot = chain(slot, slotCount);
        TapeGroups.build(this);
        return this;
    }

    private int[] chain(int[] of, int count) {
        int[] last = new int[count];
        Arrays.fill(last, NONE);
        int[] prev = new int[size];
        for (int i = 0; i < size; i++) {
            prev[i] = last[of[i]];
            last[of[i]] = i;
        }
        return prev;
    }

    public int size() {
        return size;
    }

    public long movementId(int i) {
        return id[i];
    }

    /** The stored outputs of position {@code i}, in the form a persistence layer keeps them. */
    public StoredCost stored(int i) {
        return new StoredCost(amount[i], settlement[i], derivedQty[i], qtyAfter[i], valueAfter[i], slotAfter[i],
                refQty[i], refValue[i], inQty[i], inAmount[i], CostBasis.of(basis[i]),
                settlements.getOrDefault(i, List.of()));
    }

    public long amount(int i) {
        return amount[i];
    }

    public long qtyAfter(int i) {
        return qtyAfter[i];
    }

    public long valueAfter(int i) {
        return valueAfter[i];
    }
}
