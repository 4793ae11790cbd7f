package io.xinling.persistence.accounting;

import io.xinling.persistence.common.JooqTransactor;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which of the {@value #SLOTS} balance rows of a key (V25) a posting transaction adds its turnover to. Each transaction
 * leases the lowest slot no other transaction of this process holds, for as long as it is open: postings running at
 * the same moment then never wait for each other's row locks on the same account, and the table keeps about as many
 * rows per key as postings ran at once, not sixteen (rows that the readers sum, and that a posting inserts rather than
 * updates). Slots are counted from an offset drawn per process, so that two instances of the service on one database
 * mostly use different rows too. A posting outside any {@link JooqTransactor} transaction, or one that finds every slot
 * leased, takes a slot at random, as all of them did before.
 */
final class BalanceSlots {

    static final int SLOTS = 16;

    private static final int OFFSET = ThreadLocalRandom.current().nextInt(SLOTS);
    private static final AtomicInteger LEASED = new AtomicInteger();
    private static final ThreadLocal<int[]> HELD = new ThreadLocal<>();

    private BalanceSlots() {
    }

    /** The slot of the calling thread's transaction: the same for every posting it makes until it ends. */
    static int slot() {
        int[] held = HELD.get();
        if (held != null) {
            return held[0];
        }
        while (true) {
            int leased = LEASED.get();
            int free = Integer.numberOfTrailingZeros(~leased);
            if (free >= SLOTS) {
                return ThreadLocalRandom.current().nextInt(SLOTS);
            }
            if (LEASED.compareAndSet(leased, leased | 1 << free)) {
                if (!JooqTransactor.atEnd(() -> release(free))) {
                    LEASED.getAndAccumulate(~(1 << free), (a, b) -> a & b);
                    return ThreadLocalRandom.current().nextInt(SLOTS);
                }
                int slot = (OFFSET + free) % SLOTS;
                HELD.set(new int[] {slot});
                return slot;
            }
        }
    }

    /** How many slots transactions hold now. */
    static int leased() {
        return Integer.bitCount(LEASED.get());
    }

    private static void release(int lease) {
        HELD.remove();
        LEASED.getAndAccumulate(~(1 << lease), (a, b) -> a & b);
    }
}
