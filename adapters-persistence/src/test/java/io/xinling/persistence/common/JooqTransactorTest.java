package io.xinling.persistence.common;

import io.vavr.control.Either;
import io.xinling.persistence.tenancy.JooqTenantRepository;
import io.xinling.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Instant;

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
}
