package io.xinling.persistence.common;

import io.vavr.control.Either;
import io.xinling.persistence.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writes queued with {@link Jdbc#later}: sent with the transaction's next statement or before it commits, never lost. */
class DeferredWritesTest {

    private final Database db = TestDatabase.database();
    private final DSLContext dsl = db.dsl();
    private final JooqTransactor transactor = new JooqTransactor(dsl);
    private final Jdbc jdbc = new Jdbc(dsl);
    private final String run = TestDatabase.uniqueName("deferred");

    @BeforeEach
    void table() {
        dsl.execute("create table if not exists deferred_probe (run text not null, tag text not null, n int not null check (n > 0), "
                + "primary key (run, tag))");
    }

    private void queue(String tag, int n) {
        jdbc.later("insert into deferred_probe (run, tag, n) values (?, ?, ?)", run, tag, n);
    }

    private List<String> committed() {
        return dsl.fetch("select tag from deferred_probe where run = ? order by tag", run).getValues(0, String.class);
    }

    @Test
    void a_queued_write_is_seen_by_the_next_statement_of_its_transaction_whether_jooq_or_fixed_sql_runs_it() {
        transactor.inTransaction(() -> {
            queue("a", 1);
            assertThat(dsl.fetchCount(dsl.selectFrom("deferred_probe").where("run = ?", run))).isEqualTo(1);
            queue("b", 2);
            int sum = jdbc.query("select sum(n) from deferred_probe where run = ?", rows -> {
                rows.next();
                return rows.getInt(1);
            }, run);
            assertThat(sum).isEqualTo(3);
            queue("c", 3);
            assertThat(jdbc.update("update deferred_probe set n = n + 10 where run = ?", run)).isEqualTo(3);
            return Either.right(true);
        });
        assertThat(committed()).containsExactly("a", "b", "c");
        assertThat(dsl.fetchValue("select sum(n) from deferred_probe where run = ?", run)).hasToString("36");
    }

    @Test
    void writes_queued_last_go_before_the_commit() {
        transactor.inTransaction(() -> {
            queue("a", 1);
            queue("b", 1);
            return Either.right(true);
        });
        assertThat(committed()).containsExactly("a", "b");
    }

    @Test
    void a_refusal_or_a_rolled_back_savepoint_drops_what_it_queued_and_keeps_what_was_queued_before_it() {
        transactor.inTransaction(() -> {
            queue("before", 1);
            Either<String, Boolean> nested = transactor.inTransaction(() -> {
                queue("in refused savepoint", 1);
                return Either.left("refused");
            });
            assertThat(nested.isLeft()).isTrue();
            transactor.inTransaction(() -> {
                queue("in kept savepoint", 1);
                return Either.right(true);
            });
            return Either.right(true);
        });
        assertThat(committed()).containsExactly("before", "in kept savepoint");
        Either<String, Boolean> refused = transactor.inTransaction(() -> {
            queue("refused", 1);
            return Either.left("no");
        });
        assertThat(refused.isLeft()).isTrue();
        assertThat(committed()).containsExactly("before", "in kept savepoint");
    }

    @Test
    void a_queued_write_that_fails_fails_its_transaction_and_nothing_of_it_stays() {
        assertThatThrownBy(() -> transactor.inTransaction(() -> {
            jdbc.update("insert into deferred_probe (run, tag, n) values (?, ?, ?)", run, "written at once", 1);
            queue("breaks the check", 0);
            return Either.right(true);
        })).hasMessageContaining("deferred_probe_n_check");
        assertThat(committed()).isEmpty();
        transactor.inTransaction(() -> {
            queue("after", 1);
            return Either.right(true);
        });
        assertThat(committed()).containsExactly("after");
    }

    @Test
    void the_last_queued_writes_go_with_the_commit_and_the_connection_then_has_no_transaction_open() {
        transactor.inTransaction(() -> {
            queue("a", 1);
            return Either.right(true);
        });
        assertThat(committed()).containsExactly("a");
        // the pooled connection went back with no transaction left open or aborted: the next one works as usual
        transactor.inTransaction(() -> {
            assertThat(committed()).containsExactly("a");
            queue("b", 1);
            return Either.right(true);
        });
        assertThat(committed()).containsExactly("a", "b");
    }

    @Test
    void a_transaction_of_another_transactor_inside_one_commits_nothing_and_sees_what_the_outer_one_queued() {
        JooqTransactor other = new JooqTransactor(dsl);
        Either<String, Boolean> refused = transactor.inTransaction(() -> {
            queue("outer", 1);
            Either<String, Integer> inner = other.inTransaction(() -> {
                queue("inner", 1);
                return Either.right(committed().size());
            });
            assertThat(inner.get()).isEqualTo(2);
            Either<String, Boolean> innerRefused = other.inTransaction(() -> {
                queue("inner refused", 1);
                return Either.left("no");
            });
            assertThat(innerRefused.isLeft()).isTrue();
            assertThat(committed()).containsExactly("inner", "outer");
            return Either.left("refused at the end");
        });
        assertThat(refused.isLeft()).isTrue();
        assertThat(committed()).isEmpty();
    }

    @Test
    void outside_a_transaction_a_write_runs_at_once() {
        queue("now", 1);
        assertThat(committed()).containsExactly("now");
    }
}
