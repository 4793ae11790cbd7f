package io.xinling.persistence.accounting;

import io.vavr.control.Either;
import io.xinling.application.accounting.GenerationMode;
import io.xinling.application.accounting.port.BooksRepository.SharedBooks;
import io.xinling.domain.accounting.SmallEnterpriseChart;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The books read under their shared lock carry the generation mode, read in the same statement. */
class BooksWithModeTest {

    @Test
    void the_shared_books_carry_the_generation_mode_set_for_the_tenant_and_on_posting_when_none_is() {
        AccountingFixture f = new AccountingFixture();
        JooqGenerationRepository generation = new JooqGenerationRepository(f.dsl);
        assertThat(f.books.lockSharedWithMode(f.tenant.id())).isEmpty();
        f.books.initialize(f.tenant.id(), SmallEnterpriseChart.accounts(), Instant.now());

        SharedBooks unset = read(f);
        assertThat(unset.books()).isEqualTo(f.books.lockShared(f.tenant.id()).orElseThrow());
        assertThat(unset.mode()).contains(GenerationMode.ON_POSTING).contains(generation.mode(f.tenant.id()));

        generation.setMode(f.tenant.id(), GenerationMode.BATCH);
        assertThat(read(f).mode()).contains(GenerationMode.BATCH);
        generation.setMode(f.tenant.id(), GenerationMode.ON_POSTING);
        assertThat(read(f).mode()).contains(GenerationMode.ON_POSTING);
    }

    private static SharedBooks read(AccountingFixture f) {
        return f.transactor.<RuntimeException, SharedBooks>inTransaction(
                () -> Either.right(f.books.lockSharedWithMode(f.tenant.id()).orElseThrow())).get();
    }
}
