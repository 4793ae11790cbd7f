package io.xinling.domain.inventory.costing;

/**
 * Compact list of the movements whose amount or settlement adjustment changed during a run:
 * position, old and new amount, old and new settlement, in minor units.
 */
public final class CostDeltas {

    private long[] rows = new long[5 * 16];
    private int count;

    void add(int position, long oldAmount, long newAmount, long oldSettlement, long newSettlement) {
        if ((count + 1) * 5 > rows.length) {
            rows = java.util.Arrays.copyOf(rows, rows.length * 2);
        }
        int at = count * 5;
        rows[at] = position;
        rows[at + 1] = oldAmount;
        rows[at + 2] = newAmount;
        rows[at + 3] = oldSettlement;
        rows[at + 4] = newSettlement;
        count++;
    }

    public int size() {
        return count;
    }

    public int position(int n) {
        return (int) rows[n * 5];
    }

    public long oldAmount(int n) {
        return rows[n * 5 + 1];
    }

    public long newAmount(int n) {
        return rows[n * 5 + 2];
    }

    public long oldSettlement(int n) {
        return rows[n * 5 + 3];
    }

    public long newSettlement(int n) {
        return rows[n * 5 + 4];
    }
}
