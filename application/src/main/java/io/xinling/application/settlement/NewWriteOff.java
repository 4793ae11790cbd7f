package io.xinling.application.settlement;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.settlement.Ledger;
import io.xinling.domain.settlement.SettlementItemId;
import io.xinling.domain.settlement.WriteOffId;

import java.time.LocalDate;
import java.util.Optional;

public record NewWriteOff(PartnerId partner, Ledger ledger, SettlementItemId debit, SettlementItemId credit, Money amount,
                          LocalDate date, Optional<WriteOffId> reversalOf) {
}
