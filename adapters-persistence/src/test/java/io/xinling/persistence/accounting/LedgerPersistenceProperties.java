package io.xinling.persistence.accounting;

import io.vavr.control.Either;
import io.xinling.application.accounting.AccountingArbitraries;
import io.xinling.application.accounting.HistoryRunner;
import io.xinling.application.accounting.Op;
import io.xinling.domain.accounting.BalanceRow;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.kernel.DomainError;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL adapters against the naive in-memory model: the same generated history gives the same
 * outcomes and the same trial balances, and the balance rows kept at posting always equal the posted lines
 * (the accounting half of I-4: the GL per account and dimension is rebuildable from the ledger).
 */
class LedgerPersistenceProperties {

    @Provide
    Arbitrary<List<Op>> histories() {
        return AccountingArbitraries.histories();
    }

    @Property
    void the_database_answers_like_the_model_and_balances_equal_the_lines(@ForAll("histories") List<Op> history) {
        AccountingFixture fixture = new AccountingFixture();
        HistoryRunner db = fixture.runner();
        HistoryRunner model = HistoryRunner.inMemory();
        for (Op op : history) {
            assertThat(outcome(db.apply(op))).as(op.toString()).isEqualTo(outcome(model.apply(op)));
            assertThat(db.books().closedThrough()).isEqualTo(model.books().closedThrough());
            for (YearMonth m = YearMonth.of(2026, 1); !m.isAfter(YearMonth.of(2026, 4)); m = m.plusMonths(1)) {
                assertThat(db.services().ledger().trialBalance(db.tenant(), m.atDay(1), m.atEndOfMonth(), Map.of()).get())
                        .isEqualTo(model.services().ledger().trialBalance(model.tenant(), m.atDay(1), m.atEndOfMonth(), Map.of()).get());
                assertThat(nonZero(fixture.ledger.turnover(db.tenant(), m.atDay(1), m.atEndOfMonth(), DimensionValues.NONE, false)))
                        .isEqualTo(nonZero(fixture.ledger.turnoverFromLines(db.tenant(), m.atDay(1), m.atEndOfMonth())));
            }
            LocalDate from = LocalDate.of(2026, 1, 17);
            LocalDate to = LocalDate.of(2026, 3, 9);
            assertThat(nonZero(fixture.ledger.turnover(db.tenant(), from, to, DimensionValues.NONE, false)))
                    .isEqualTo(nonZero(fixture.ledger.turnoverFromLines(db.tenant(), from, to)));
            assertThat(nonZero(fixture.ledger.turnover(db.tenant(), null, to, DimensionValues.NONE, true)))
                    .isEqualTo(nonZero(modelDetail(model, to)));
        }
    }

    private static List<BalanceRow> modelDetail(HistoryRunner model, LocalDate to) {
        return model.store().turnover(model.tenant(), null, to, DimensionValues.NONE, true);
    }

    private static Map<String, String> nonZero(List<BalanceRow> rows) {
        return rows.stream().filter(r -> !r.debit().isZero() || !r.credit().isZero())
                .collect(Collectors.toMap(r -> r.account() + "|" + r.dimensions().key(),
                        r -> r.debit().format() + "/" + r.credit().format()));
    }

    private static String outcome(Either<Object, Object> result) {
        if (result.isRight()) {
            return "ok";
        }
        return result.getLeft() instanceof DomainError e ? e.code() : "skipped";
    }
}
