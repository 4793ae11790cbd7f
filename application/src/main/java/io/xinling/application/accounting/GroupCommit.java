package io.xinling.application.accounting;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Group commit: requests that arrive while earlier ones are being written wait in a queue and are then written together,
 * in one transaction, by one of their callers (the leader). A caller returns once its own request is done, with its own
 * outcome. At most {@code leaders} groups run at once (one can commit while the next is being prepared), each of at most
 * {@code most} requests, oldest first.
 *
 * <p>A request that finds fewer than {@code leaders} groups running leads at once, so a lone caller waits for nobody. A
 * leader whose group is done hands leadership to the oldest waiting request, which then writes everything that queued
 * up meanwhile. {@code write} receives a group and returns one outcome per request, in order, and the caller of each request receives its outcome. An exception thrown by {@code write} is thrown to
 * every caller of the group, so {@code write} should turn the failure of one request into that request's outcome.
 *
 * @param <R> a request
 * @param <O> the outcome of one request
 */
final class GroupCommit<R, O> {

    private final int leaders;
    private final int most;
    private final Function<List<R>, List<O>> write;
    /** Requests not yet taken into a group, oldest first; guarded by {@code this}. */
    private final ArrayDeque<Waiting<R, O>> queue = new ArrayDeque<>();
    /** Callers leading a group, or woken to lead one; guarded by {@code this}. */
    private int leading;

    GroupCommit(int leaders, int most, Function<List<R>, List<O>> write) {
        if (leaders < 1 || most < 1) {
            throw new IllegalArgumentException("leaders and group size must be positive");
        }
        this.leaders = leaders;
        this.most = most;
        this.write = write;
    }

    /** One caller's request; its fields are guarded by its own monitor. */
    private static final class Waiting<R, O> {
        final R request;
        O outcome;
        RuntimeException failure;
        boolean done;
        boolean lead;

        Waiting(R request) {
            this.request = request;
        }
    }

    /** Writes {@code request} with whatever else is waiting, and returns its outcome. */
    O submit(R request) {
        Waiting<R, O> mine = new Waiting<>(request);
        boolean lead;
        synchronized (this) {
            queue.addLast(mine);
            lead = leading < leaders;
            if (lead) {
                leading++;
            }
        }
        boolean interrupted = false;
        try {
            while (true) {
                if (lead) {
                    lead(mine);
                }
                synchronized (mine) {
                    while (!mine.done && !mine.lead) {
                        try {
                            mine.wait();
                        } catch (InterruptedException e) {
                            // the request may already be in a group being written: its outcome is still to come
                            interrupted = true;
                        }
                    }
                    if (mine.done && !mine.lead) {
                        if (mine.failure != null) {
                            throw mine.failure;
                        }
                        return mine.outcome;
                    }
                    mine.lead = false;
                    lead = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Writes groups until {@code mine} is done or nothing waits, then hands leadership on (to the oldest waiting request
     * not already woken to lead) or gives it up.
     */
    private void lead(Waiting<R, O> mine) {
        while (true) {
            List<Waiting<R, O>> group = new ArrayList<>(Math.min(most, 16));
            Waiting<R, O> next = null;
            synchronized (this) {
                while (group.size() < most && !queue.isEmpty()) {
                    group.add(queue.pollFirst());
                }
                if (group.isEmpty()) {
                    leading--;
                    return;
                }
            }
            List<O> outcomes = null;
            RuntimeException failure = null;
            try {
                outcomes = writeGroup(group);
            } catch (RuntimeException e) {
                failure = e;
            }
            for (int i = 0; i < group.size(); i++) {
                Waiting<R, O> w = group.get(i);
                synchronized (w) {
                    w.outcome = outcomes == null ? null : outcomes.get(i);
                    w.failure = failure;
                    w.done = true;
                    w.notifyAll();
                }
            }
            boolean mineDone;
            synchronized (mine) {
                mineDone = mine.done;
            }
            synchronized (this) {
                if (!mineDone && !queue.isEmpty()) {
                    continue;
                }
                for (Waiting<R, O> w : queue) {
                    synchronized (w) {
                        if (!w.lead && !w.done) {
                            next = w;
                            break;
                        }
                    }
                }
                if (next == null) {
                    leading--;
                    return;
                }
                synchronized (next) {
                    next.lead = true;
                    next.notifyAll();
                }
                return;
            }
        }
    }

    private List<O> writeGroup(List<Waiting<R, O>> group) {
        List<R> requests = new ArrayList<>(group.size());
        for (Waiting<R, O> w : group) {
            requests.add(w.request);
        }
        List<O> outcomes = write.apply(requests);
        if (outcomes.size() != requests.size()) {
            throw new IllegalStateException("a group of " + requests.size() + " got " + outcomes.size() + " outcomes");
        }
        return outcomes;
    }
}
