package io.xinling.domain.settlement;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.partner.PartnerId;

import java.time.LocalDate;
import java.util.List;

/** A partner statement (对账单) for a period in one currency: opening balance, movements, closing balance. */
public record PartnerStatement(PartnerId partner, Ledger ledger, LocalDate from, LocalDate to, Money opening,
                               List<StatementLine> lines, Money totalDebit, Money totalCredit, Money closing) {

    public PartnerStatement {
        lines = List.copyOf(lines);
        if (!opening.plus(totalDebit).minus(totalCredit).equals(closing)) {
            throw new IllegalStateException("statement does not add up");
        }
    }
}
