package io.xinling.application.settlement;

import io.vavr.control.Either;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.settlement.SettlementError;
import io.xinling.domain.settlement.SettlementItem;
import io.xinling.domain.settlement.SettlementItemId;

import java.time.LocalDate;

/**
 * What a cancelled document calls to take its open item off the partner's account, in the same transaction:
 * a counter item of the same amount on the other side ({@code <source type>-cancel}, same reference), dated
 * {@code date} (or the item's date if later), matched against the original by a write-off of the full amount,
 * so balances, statements and ageing before that date are unchanged and both items are closed from it on.
 * Refused with {@code settlement.already-written-off} (409) when any of the item is matched.
 */
public interface ReverseOpenItemUseCase {

    Either<SettlementError, SettlementItem> reverseOpenItem(TenantId tenant, SettlementItemId item, LocalDate date);
}
