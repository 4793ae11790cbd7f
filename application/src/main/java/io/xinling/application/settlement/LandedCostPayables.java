package io.xinling.application.settlement;

import io.vavr.control.Either;
import io.xinling.application.inventory.DocumentKind;
import io.xinling.application.inventory.InventoryPosting;
import io.xinling.application.inventory.StockError;
import io.xinling.application.inventory.port.InventoryPostings;
import io.xinling.application.settlement.RecordOpenItemUseCase.RecordOpenItemCommand;
import io.xinling.application.settlement.port.SettlementRepository;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.pricing.ExchangeRate;
import io.xinling.domain.settlement.ItemSide;
import io.xinling.domain.settlement.Ledger;
import io.xinling.domain.settlement.SettlementItem;
import io.xinling.domain.settlement.SourceDocument;

import java.util.Optional;

/**
 * The carrier's open item of a landed cost that names one (P-5): posting puts the charge on the supplier's
 * payables (PAYABLE, DEBIT, source {@code landed-cost <id>}; a negative charge, a refund, is a CREDIT item), where
 * a payment settles it; cancelling reverses it,
 * refused once it is written off. In the inventory posting's transaction, so stock, voucher and open item are
 * written together or not at all.
 */
public final class LandedCostPayables implements InventoryPostings {

    static final String SOURCE = "landed-cost";

    private final RecordOpenItemUseCase record;
    private final ReverseOpenItemUseCase reverse;
    private final SettlementRepository items;

    public LandedCostPayables(RecordOpenItemUseCase record, ReverseOpenItemUseCase reverse, SettlementRepository items) {
        this.record = record;
        this.reverse = reverse;
        this.items = items;
    }

    @Override
    public Either<StockError, InventoryPosting> publish(TenantId tenant, InventoryPosting posting) {
        InventoryPosting.Document doc = posting.document();
        if (doc.kind() != DocumentKind.LANDED_COST || doc.supplier().isEmpty() || doc.amount().isEmpty()) {
            return Either.right(posting);
        }
        PartnerId carrier = new PartnerId(doc.supplier().get());
        SourceDocument source = new SourceDocument(SOURCE, Long.toString(doc.id()));
        if (!posting.cancellation()) {
            Money charge = doc.amount().get();
            Money amount = charge.isNegative() ? charge.negate() : charge;
            ItemSide side = charge.isNegative() ? ItemSide.CREDIT : ItemSide.DEBIT;
            return record.recordOpenItem(new RecordOpenItemCommand(tenant, carrier, Ledger.PAYABLE, side, source,
                            doc.date(), Optional.empty(), amount, ExchangeRate.CNY, Optional.of(amount)))
                    .<StockError>mapLeft(StockError.Refused::new).map(item -> posting);
        }
        Optional<SettlementItem> item = items.itemsOf(tenant, Optional.of(carrier), Ledger.PAYABLE).stream()
                .filter(i -> i.source().equals(source)).findFirst();
        if (item.isEmpty()) {
            return Either.right(posting);
        }
        return reverse.reverseOpenItem(tenant, item.get().id(), doc.date())
                .<StockError>mapLeft(StockError.Refused::new).map(reversal -> posting);
    }
}
