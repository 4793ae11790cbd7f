package io.xinling.application.settlement.port;

import io.vavr.control.Either;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.settlement.SettlementError;
import io.xinling.domain.settlement.SettlementItem;
import io.xinling.domain.settlement.SettlementItemId;
import io.xinling.domain.settlement.WriteOff;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Told of every receipt, payment and write-off (and reversal) inside its transaction (the books: their
 * vouchers, spec 4.1). A Left rolls the settlement change back.
 */
public interface SettlementPostings {

    /** Books nothing (tests of the settlement alone). */
    SettlementPostings NONE = new SettlementPostings() {
        @Override
        public Either<SettlementError, SettlementItem> received(TenantId tenant, SettlementItem item) {
            return Either.right(item);
        }

        @Override
        public Either<SettlementError, List<WriteOff>> matched(TenantId tenant, SettlementItem credit,
                                                               Map<SettlementItemId, SettlementItem> charges,
                                                               List<WriteOff> writeOffs) {
            return Either.right(writeOffs);
        }
    };

    /**
     * Whether {@code date} lies in an open period of the books, asked inside the transaction before anything is
     * dated (I-20): Right with the date, else {@code settlement.date-in-closed-period} naming {@code field}. By
     * default every date is open.
     */
    default Either<SettlementError, LocalDate> requireOpen(TenantId tenant, String field, LocalDate date) {
        return Either.right(date);
    }

    /** A receipt or payment, or an advance (预收/预付), as recorded. */
    Either<SettlementError, SettlementItem> received(TenantId tenant, SettlementItem item);

    /**
     * Write-offs (or one reversal) of {@code credit}, which is given as it stood before them, against
     * {@code charges} (by id, as they stood before them).
     */
    Either<SettlementError, List<WriteOff>> matched(TenantId tenant, SettlementItem credit,
                                                    Map<SettlementItemId, SettlementItem> charges, List<WriteOff> writeOffs);

    /**
     * A receipt or payment recorded together with its write-offs ({@code item} as recorded, {@code charges} as
     * they stood before): by default its own booking, then theirs.
     */
    default Either<SettlementError, List<WriteOff>> receivedAndMatched(TenantId tenant, SettlementItem item,
                                                                       Map<SettlementItemId, SettlementItem> charges,
                                                                       List<WriteOff> writeOffs) {
        return received(tenant, item).flatMap(recorded -> matched(tenant, item, charges, writeOffs));
    }
}
