package io.xinling.application.settlement;

import io.vavr.control.Either;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;
import io.xinling.domain.settlement.Allocation;
import io.xinling.domain.settlement.SettlementError;
import io.xinling.domain.settlement.SettlementItemId;
import io.xinling.domain.settlement.WriteOff;
import io.xinling.domain.settlement.WriteOffId;

import java.time.LocalDate;
import java.util.List;

/** Applying an unapplied credit (an advance, the rest of a receipt, a return's credit) to charges; reversal. */
public interface WriteOffUseCase {

    record ApplyCreditCommand(TenantId tenant, UserId user, SettlementItemId credit, LocalDate date,
                              List<Allocation> allocations) {
    }

    record ReverseWriteOffCommand(TenantId tenant, UserId user, WriteOffId writeOff, LocalDate date) {
    }

    Either<SettlementError, WriteOffResult> applyCredit(ApplyCreditCommand command);

    /** A new write-off with the negated amount; both items get back exactly what the original took. */
    Either<SettlementError, WriteOff> reverse(ReverseWriteOffCommand command);
}
