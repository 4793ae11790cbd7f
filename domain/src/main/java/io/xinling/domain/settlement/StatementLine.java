package io.xinling.domain.settlement;

import io.xinling.domain.kernel.Money;

import java.time.LocalDate;

/** A document, receipt or payment on a statement, with the running balance after it. */
public record StatementLine(LocalDate date, SettlementItemId item, ItemKind kind, SourceDocument source, Money debit,
                            Money credit, Money balance) {
}
