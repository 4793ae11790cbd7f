package io.xinling.application.accounting;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The group commit queue: every caller gets its own outcome, groups and concurrent writers stay within their bounds. */
class GroupCommitTest {

    /** Records what the writer saw: the groups, and the most writes running at once. */
    private static final class Writer {
        final List<List<Integer>> groups = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostRunning = new AtomicInteger();
        final List<String> threads = Collections.synchronizedList(new ArrayList<>());

        List<Integer> write(List<Integer> group) {
            int now = running.incrementAndGet();
            mostRunning.accumulateAndGet(now, Math::max);
            try {
                groups.add(List.copyOf(group));
                threads.add(Thread.currentThread().getName());
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(300));
                if (group.contains(-1)) {
                    throw new IllegalStateException("refused");
                }
                return group.stream().map(r -> r * 10).toList();
            } finally {
                running.decrementAndGet();
            }
        }
    }

    @Test
    void a_lone_caller_writes_its_request_itself_at_once() {
        Writer writer = new Writer();
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(2, 8, writer::write);
        assertThat(commit.submit(7)).isEqualTo(70);
        assertThat(commit.submit(8)).isEqualTo(80);
        assertThat(writer.groups).containsExactly(List.of(7), List.of(8));
        assertThat(writer.threads).containsOnly(Thread.currentThread().getName());
    }

    @Test
    void concurrent_callers_each_get_their_own_outcome_from_groups_within_bounds() throws Exception {
        Writer writer = new Writer();
        int leaders = 2;
        int most = 5;
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(leaders, most, writer::write);
        int callers = 12;
        int each = 150;
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Integer>>> wrong = new ArrayList<>();
        try {
            for (int c = 0; c < callers; c++) {
                int caller = c;
                wrong.add(threads.submit(() -> {
                    start.await();
                    List<Integer> mismatches = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        int request = caller * each + i + 1;
                        Integer outcome = commit.submit(request);
                        if (outcome == null || outcome != request * 10) {
                            mismatches.add(request);
                        }
                    }
                    return mismatches;
                }));
            }
            start.countDown();
            for (Future<List<Integer>> f : wrong) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEmpty();
            }
        } finally {
            threads.shutdownNow();
        }
        List<Integer> written = writer.groups.stream().flatMap(List::stream).toList();
        assertThat(written).hasSize(callers * each).doesNotHaveDuplicates();
        assertThat(writer.groups).allSatisfy(g -> assertThat(g).hasSizeBetween(1, most));
        assertThat(writer.mostRunning.get()).isBetween(1, leaders);
        // twelve callers against two writers of 300 µs: requests queue up and are written together
        assertThat(writer.groups.size()).isLessThan(callers * each);
        assertThat(writer.groups).anySatisfy(g -> assertThat(g).hasSizeGreaterThan(1));
    }

    @Test
    void a_failed_write_reaches_every_caller_of_its_group_and_later_requests_still_go_through() throws Exception {
        Writer writer = new Writer();
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(1, 64, writer::write);
        assertThatThrownBy(() -> commit.submit(-1)).isInstanceOf(IllegalStateException.class).hasMessage("refused");
        Set<Integer> failed = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < 6; c++) {
                int caller = c;
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        int request = i % 10 == 0 ? -1 : caller * 100 + i;
                        try {
                            assertThat(commit.submit(request)).isEqualTo(request * 10);
                        } catch (IllegalStateException e) {
                            failed.add(request);
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        // every failure belongs to a group that held a refused request
        List<List<Integer>> refusedGroups = writer.groups.stream().filter(g -> g.contains(-1)).toList();
        assertThat(failed).isSubsetOf(refusedGroups.stream().flatMap(List::stream).toList());
        assertThat(failed).contains(-1);
        assertThat(commit.submit(5)).isEqualTo(50);
    }

    @Test
    void bounds_must_be_positive() {
        assertThatThrownBy(() -> new GroupCommit<Integer, Integer>(0, 4, g -> g)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GroupCommit<Integer, Integer>(1, 0, g -> g)).isInstanceOf(IllegalArgumentException.class);
    }
}
