package io.xinling.application.settlement;

import io.vavr.control.Either;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.pricing.ExchangeRate;
import io.xinling.domain.settlement.ItemSide;
import io.xinling.domain.settlement.Ledger;
import io.xinling.domain.settlement.SettlementError;
import io.xinling.domain.settlement.SettlementItem;
import io.xinling.domain.settlement.SourceDocument;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a posted document calls to put its amount on the partner's account, in the same transaction:
 * <ul>
 *   <li>sales delivery / 销货单: RECEIVABLE, DEBIT; sales return: RECEIVABLE, CREDIT;</li>
 *   <li>purchase receipt / 购货单: PAYABLE, DEBIT; purchase return: PAYABLE, CREDIT.</li>
 * </ul>
 * The amount is the document's tax-inclusive total in its currency; the book amount defaults to
 * {@code rate.toBook(amount)} but a document passes its own CNY gross so the subledger matches its voucher.
 * The due date defaults to the date plus the partner's payment terms. One item per source document and
 * ledger: posting the same source twice is {@code settlement.source-conflict}.
 */
public interface RecordOpenItemUseCase {

    record RecordOpenItemCommand(TenantId tenant, PartnerId partner, Ledger ledger, ItemSide side, SourceDocument source,
                                 LocalDate date, Optional<LocalDate> dueDate, Money amount, ExchangeRate rate,
                                 Optional<Money> bookAmount) {
    }

    Either<SettlementError, SettlementItem> recordOpenItem(RecordOpenItemCommand command);
}
