package io.xinling.domain.inventory.costing;

import java.util.ArrayList;
import java.util.List;

/** FIFO list of the outbounds that drove a key below zero and are not yet settled (spec 2.6). */
final class HoleList {

    private int[] positions = new int[4];
    private long[] quantities = new long[4];
    private long[] provisionals = new long[4];
    private int head;
    private int tail;

    void add(int position, long quantity, long provisional) {
        if (tail == positions.length) {
            grow();
        }
        positions[tail] = position;
        quantities[tail] = quantity;
        provisionals[tail] = provisional;
        tail++;
    }

    boolean isEmpty() {
        return head == tail;
    }

    /**
     * Takes {@code quantity} units off the front; an entry taken in part splits its provisional value
     * by value share and keeps the rest. Returns the parts with their provisional values.
     */
    List<SettlementPart> take(long quantity, long[] ids) {
        List<SettlementPart> parts = new ArrayList<>();
        long left = quantity;
        while (left > 0 && head < tail) {
            long open = quantities[head];
            long taken = Math.min(open, left);
            long provisional = CostArithmetic.share(provisionals[head], taken, open);
            parts.add(new SettlementPart(ids[positions[head]], positions[head], taken, provisional, 0));
            quantities[head] -= taken;
            provisionals[head] -= provisional;
            if (quantities[head] == 0) {
                head++;
            }
            left -= taken;
        }
        if (left > 0) {
            throw new IllegalStateException("hole list shorter than the negative quantity");
        }
        return parts;
    }

    private void grow() {
        int live = tail - head;
        int capacity = Math.max(4, live * 2);
        positions = copy(positions, capacity);
        quantities = copy(quantities, capacity);
        provisionals = copy(provisionals, capacity);
        tail = live;
        head = 0;
    }

    private int[] copy(int[] from, int capacity) {
        int[] to = new int[capacity];
        System.arraycopy(from, head, to, 0, tail - head);
        return to;
    }

    private long[] copy(long[] from, int capacity) {
        long[] to = new long[capacity];
        System.arraycopy(from, head, to, 0, tail - head);
        return to;
    }
}
