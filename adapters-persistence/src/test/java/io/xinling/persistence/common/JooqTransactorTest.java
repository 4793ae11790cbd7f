package io.xinling.persistence.common;

import io.vavr.control.Either;
import io.xinling.persistence.tenancy.JooqTenantRepository;
import io.xinling.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqTransactorTest {

    private final Database db = TestDatabase.database();
    private final JooqTransactor transactor = new JooqTransactor(db.dsl());
    private final JooqTenantRepository tenants = new JooqTenantRepository(db.dsl());

    @Test
    void right_commits() {
        String name = TestDatabase.uniqueName("commit");
        Either<String, Object> result = transactor.inTransaction(() -> Either.right(tenants.create(name, Instant.now()).orElseThrow()));
        assertThat(result.isRight()).isTrue();
        assertThat(tenants.findByName(name)).isPresent();
    }

    @Test
    void left_rolls_back_everything_written() {
        String name = TestDatabase.uniqueName("rollback");
        Either<String, Object> result = transactor.inTransaction(() -> {
            tenants.create(name, Instant.now()).orElseThrow();
            return Either.left("refused");
        });
        assertThat(result).isEqualTo(Either.left("refused"));
        assertThat(tenants.findByName(name)).isEmpty();
    }

    @Test
    void exception_rolls_back_and_propagates() {
        String name = TestDatabase.uniqueName("boom");
        assertThatThrownBy(() -> transactor.inTransaction(() -> {
            tenants.create(name, Instant.now()).orElseThrow();
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(tenants.findByName(name)).isEmpty();
    }

    @Test
    void actions_at_the_end_run_once_the_outermost_transaction_has_ended_and_not_outside_one() {
        List<String> ran = new ArrayList<>();
        assertThat(JooqTransactor.atEnd(() -> ran.add("outside"))).isFalse();
        transactor.inTransaction(() -> {
            assertThat(JooqTransactor.atEnd(() -> ran.add("outer"))).isTrue();
            transactor.inTransaction(() -> {
                assertThat(JooqTransactor.atEnd(() -> ran.add("nested"))).isTrue();
                return Either.right("inner");
            });
            assertThat(ran).isEmpty();
            return Either.right("outer");
        });
        assertThat(ran).containsExactly("outer", "nested");
        assertThatThrownBy(() -> transactor.inTransaction(() -> {
            JooqTransactor.atEnd(() -> ran.add("failed"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(ran).containsExactly("outer", "nested", "failed");
        assertThat(JooqTransactor.atEnd(() -> ran.add("outside again"))).isFalse();
    }

    @Test
    void what_a_transaction_keeps_lasts_until_it_ends_and_goes_with_a_rolled_back_savepoint() {
        assertThat(transactor.kept()).isEmpty();
        transactor.inTransaction(() -> {
            transactor.kept().orElseThrow().put("outer", 1);
            transactor.inTransaction(() -> {
                transactor.kept().orElseThrow().put("committed savepoint", 2);
                return Either.right("kept");
            });
            assertThat(transactor.kept().orElseThrow()).containsEntry("outer", 1).containsEntry("committed savepoint", 2);
            transactor.inTransaction(() -> Either.left("rolled back"));
            assertThat(transactor.kept().orElseThrow()).isEmpty();
            transactor.kept().orElseThrow().put("again", 3);
            return Either.right("done");
        });
        assertThat(transactor.kept()).isEmpty();
        transactor.inTransaction(() -> {
            assertThat(transactor.kept().orElseThrow()).isEmpty();
            return Either.right("fresh");
        });
    }

    @Test
    void nested_left_rolls_back_only_the_inner_work_when_the_outer_goes_on() {
        String outer = TestDatabase.uniqueName("outer");
        String inner = TestDatabase.uniqueName("inner");
        Either<String, Object> result = transactor.inTransaction(() -> {
            tenants.create(outer, Instant.now()).orElseThrow();
            Either<String, Object> nested = transactor.inTransaction(() -> {
                tenants.create(inner, Instant.now()).orElseThrow();
                return Either.left("inner refused");
            });
            assertThat(nested.isLeft()).isTrue();
            return Either.right("outer done");
        });
        assertThat(result.isRight()).isTrue();
        assertThat(tenants.findByName(outer)).isPresent();
        assertThat(tenants.findByName(inner)).isEmpty();
    }

    @Test
    void nested_right_is_rolled_back_with_the_outer_left() {
        String inner = TestDatabase.uniqueName("inner-ok");
        Either<String, Object> result = transactor.inTransaction(() -> {
            transactor.inTransaction(() -> Either.right(tenants.create(inner, Instant.now()).orElseThrow()));
            return Either.left("outer refused");
        });
        assertThat(result.isLeft()).isTrue();
        assertThat(tenants.findByName(inner)).isEmpty();
    }

    @Test
    void a_deadlock_victim_is_run_again_and_both_transactions_commit() throws Exception {
        String a = TestDatabase.uniqueName("lock-a");
        String b = TestDatabase.uniqueName("lock-b");
        long ta = tenants.create(a, Instant.now()).orElseThrow().id().value();
        long tb = tenants.create(b, Instant.now()).orElseThrow().id().value();
        java.util.concurrent.CyclicBarrier bothLocked = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            // Each locks one tenant row, waits for the other to hold its own, then wants the other's: a deadlock the
            // first time round; PostgreSQL aborts one, which the transactor runs again once the other has committed.
            java.util.concurrent.Future<Either<String, Integer>> one = pool.submit(() -> transactor.inTransaction(() ->
                    lockBoth(ta, tb, bothLocked, runs)));
            java.util.concurrent.Future<Either<String, Integer>> two = pool.submit(() -> transactor.inTransaction(() ->
                    lockBoth(tb, ta, bothLocked, runs)));
            assertThat(one.get(30, java.util.concurrent.TimeUnit.SECONDS).isRight()).isTrue();
            assertThat(two.get(30, java.util.concurrent.TimeUnit.SECONDS).isRight()).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(runs.get()).as("the deadlock victim ran again").isEqualTo(3);
        assertThat(db.dsl().fetchValue("select count(*) from tenants where tenant_id in (?, ?) and name like '%!'", ta, tb))
                .isEqualTo(2L);
    }

    private Either<String, Integer> lockBoth(long first, long second, java.util.concurrent.CyclicBarrier bothLocked,
                                             java.util.concurrent.atomic.AtomicInteger runs) {
        int run = runs.incrementAndGet();
        db.dsl().execute("update tenants set name = name || '!' where tenant_id = ?", first);
        if (run <= 2) {
            try {
                bothLocked.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        db.dsl().execute("select 1 from tenants where tenant_id = ? for update", second);
        return Either.right(run);
    }

    @Test
    void a_unique_violation_leaves_as_a_concurrent_conflict_and_writes_nothing() {
        String name = TestDatabase.uniqueName("dup");
        String other = TestDatabase.uniqueName("dup-other");
        tenants.create(name, Instant.now()).orElseThrow();
        assertThatThrownBy(() -> transactor.inTransaction(() -> {
            tenants.create(other, Instant.now()).orElseThrow();
            db.dsl().execute("insert into tenants (name, created_at) values (?, now())", name);
            return Either.right(1);
        })).isInstanceOf(io.xinling.application.port.ConcurrentConflict.class);
        assertThat(tenants.findByName(other)).isEmpty();
    }
}
