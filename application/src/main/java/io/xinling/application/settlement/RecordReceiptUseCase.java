package io.xinling.application.settlement;

import io.vavr.control.Either;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.pricing.ExchangeRate;
import io.xinling.domain.settlement.Allocation;
import io.xinling.domain.settlement.ItemKind;
import io.xinling.domain.settlement.Ledger;
import io.xinling.domain.settlement.PaymentMethod;
import io.xinling.domain.settlement.SettlementError;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A receipt from a customer (RECEIVABLE) or a payment to a supplier (PAYABLE), as RECEIPT or as an ADVANCE
 * (预收/预付), written off at once against zero or more open charges on the receipt date. Whatever is not
 * written off stays unapplied and can be applied later.
 */
public interface RecordReceiptUseCase {

    record RecordReceiptCommand(TenantId tenant, UserId user, PartnerId partner, Ledger ledger, ItemKind kind,
                                PaymentMethod method, LocalDate date, Money amount, ExchangeRate rate,
                                Optional<String> reference, List<Allocation> allocations) {
    }

    Either<SettlementError, WriteOffResult> recordReceipt(RecordReceiptCommand command);
}
