package io.xinling.application.trade;

import io.vavr.control.Either;
import io.xinling.application.inventory.DocumentCommands;
import io.xinling.application.inventory.InventoryDocumentUseCases;
import io.xinling.application.settlement.RecordOpenItemUseCase;
import io.xinling.application.settlement.RecordOpenItemUseCase.RecordOpenItemCommand;
import io.xinling.application.trade.port.TradeDocumentRepository;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.settlement.SourceDocument;
import io.xinling.domain.trade.DocumentAmounts;
import io.xinling.domain.trade.LineAmounts;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The postings of one document (a purchase receipt comes in, and a purchase return goes out, at its line nets in
 * CNY, or at its line grosses when the books include input VAT in stock (a small-scale taxpayer); a return's is the
 * credited amount P of spec 2.7, which the stock ledger clamps or replaces by the average per the tenant's
 * purchase-return costing), inside the caller's transaction: the inventory document is saved and posted, the open
 * item recorded and the trade document marked. A refusal at any step is returned for the caller to roll back all of it.
 */
final class TradePosting {

    private final TradeDocumentRepository documents;
    private final InventoryDocumentUseCases inventory;
    private final RecordOpenItemUseCase openItems;
    private final Clock clock;

    TradePosting(TradeDocumentRepository documents, InventoryDocumentUseCases inventory, RecordOpenItemUseCase openItems,
                 Clock clock) {
        this.documents = documents;
        this.inventory = inventory;
        this.openItems = openItems;
        this.clock = clock;
    }

    /** The document as posted; {@code saleDocument}: the inventory document of the delivery a return refers to. */
    Either<TradeDocumentError, TradeDocument> post(TenantId tenant, TradeDocument doc, DocumentAmounts amounts,
                                                   Optional<Long> saleDocument, boolean stockIncludesTax) {
        return inventory.postOwned(inventoryCommand(tenant, doc, amounts, saleDocument, stockIncludesTax))
                .<TradeDocumentError>mapLeft(TradeDocumentError::of)
                .flatMap(stock -> openItem(tenant, doc, amounts).map(item -> {
                    documents.markPosted(tenant, doc.id(), stock.document().id(), item, amounts.gross(), clock.instant());
                    return doc.posted(stock.document().id(), item, amounts.gross());
                }));
    }

    private Either<TradeDocumentError, Optional<Long>> openItem(TenantId tenant, TradeDocument doc, DocumentAmounts a) {
        if (a.gross().isZero() || doc.draft().estimated()) {
            // an estimated receipt owes the supplier nothing until its invoice (P-2): 220202 holds the estimate
            return Either.right(Optional.empty());
        }
        TradeDraft d = doc.draft();
        var command = new RecordOpenItemCommand(tenant, d.partner(), d.kind().ledger(), d.kind().side(),
                new SourceDocument(d.kind().wire(), Long.toString(doc.id())), d.date(), Optional.empty(), a.gross(),
                d.rate(), Optional.of(a.bookGross()));
        return openItems.recordOpenItem(command).mapLeft(TradeDocumentError::of).map(item -> Optional.of(item.id().value()));
    }

    private static DocumentCommands.Create inventoryCommand(TenantId tenant, TradeDocument doc, DocumentAmounts amounts,
                                                           Optional<Long> saleDocument, boolean stockIncludesTax) {
        TradeDraft d = doc.draft();
        List<Money> bookNets = stockIncludesTax ? bookGrosses(amounts) : bookNets(amounts);
        List<DocumentCommands.Line> lines = new ArrayList<>();
        for (int i = 0; i < d.lines().size(); i++) {
            TradeLine l = d.lines().get(i);
            boolean valued = d.kind() == TradeKind.PURCHASE_RECEIPT || d.kind() == TradeKind.PURCHASE_RETURN;
            String amount = valued ? bookNets.get(i).format() : null;
            boolean sale = d.kind() == TradeKind.SALES_RETURN;
            LineStock stock = l.stock();
            lines.add(new DocumentCommands.Line(null, l.input().sku(), l.input().quantity().format(), l.unit(),
                    stock.batch().orElse(null), stock.producedOn().map(Object::toString).orElse(null),
                    stock.expiresOn().map(Object::toString).orElse(null), stock.serials().isEmpty() ? null : stock.serials(),
                    amount, null, sale ? saleDocument.orElse(null) : null,
                    sale ? l.deliveryLine().orElse(null) : null, null));
        }
        // A sales return without a delivery comes back at the current average (spec 2.7).
        String kind = d.kind() == TradeKind.SALES_RETURN && d.delivery().isEmpty() ? "unreferenced-return"
                : d.kind().inventoryKind();
        return new DocumentCommands.Create(tenant, kind, d.date().toString(), null, d.warehouse(),
                null, d.kind().purpose(), null, null, null, d.kind().wire() + " " + doc.id(), lines);
    }

    /** Each line's gross in CNY: the book gross allocated by line gross, so the lines sum to the document's. */
    private static List<Money> bookGrosses(DocumentAmounts amounts) {
        List<LineAmounts> lines = amounts.lines();
        if (amounts.bookGross().currency().equals(amounts.gross().currency())) {
            return lines.stream().map(LineAmounts::gross).toList();
        }
        if (amounts.gross().isZero()) {
            return lines.stream().map(l -> Money.zero(Money.CNY)).toList();
        }
        return amounts.bookGross().allocate(lines.stream().map(l -> l.gross().toDecimal()).toList());
    }

    /** Each line's net in CNY: the book net allocated by line net, so the lines sum to the document's. */
    private static List<Money> bookNets(DocumentAmounts amounts) {
        List<LineAmounts> lines = amounts.lines();
        if (amounts.bookNet().currency().equals(amounts.net().currency())) {
            return lines.stream().map(LineAmounts::net).toList();
        }
        if (amounts.net().isZero()) {
            return lines.stream().map(l -> Money.zero(Money.CNY)).toList();
        }
        List<BigDecimal> weights = lines.stream().map(l -> l.net().toDecimal()).toList();
        return amounts.bookNet().allocate(weights);
    }
}
