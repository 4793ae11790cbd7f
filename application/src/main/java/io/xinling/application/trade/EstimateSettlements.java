package io.xinling.application.trade;

import io.vavr.control.Either;
import io.xinling.application.inventory.DocumentCommands;
import io.xinling.application.inventory.DocumentFlag;
import io.xinling.application.inventory.DocumentView;
import io.xinling.application.inventory.InventoryDocumentUseCases;
import io.xinling.application.settlement.RecordOpenItemUseCase;
import io.xinling.application.settlement.RecordOpenItemUseCase.RecordOpenItemCommand;
import io.xinling.application.settlement.ReverseOpenItemUseCase;
import io.xinling.application.trade.port.TradeInvoiceRepository;
import io.xinling.application.trade.port.TradePostings;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.pricing.ExchangeRate;
import io.xinling.domain.settlement.SettlementItemId;
import io.xinling.domain.settlement.SourceDocument;
import io.xinling.domain.trade.DocumentAmounts;
import io.xinling.domain.trade.InvoicedLine;
import io.xinling.domain.trade.LineAmounts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The supplier invoice that settles an estimated receipt, or some of its lines, (暂估入库 then 到票, spec 2.11, 4.1 P-3), inside the caller's
 * transaction with the receipt locked: the invoice's difference from the estimate goes into stock per receipt line as a
 * landed cost given by lines at the receipt's ordering key (or at the invoice's date once the receipt's month closed),
 * re-costing later issues; the supplier is owed the gross from the invoice's date (an open item); the books get
 * P-3. Voiding the invoice reverses all three and the estimate stands again.
 */
final class EstimateSettlements {

    /** The source type of the payable open item a settled estimate records. */
    static final String SOURCE = "purchase-invoice";

    private final TradeInvoiceRepository invoices;
    private final InventoryDocumentUseCases inventory;
    private final RecordOpenItemUseCase openItems;
    private final ReverseOpenItemUseCase reversals;
    private final TradePostings postings;
    private final Clock clock;

    EstimateSettlements(TradeInvoiceRepository invoices, InventoryDocumentUseCases inventory,
                        RecordOpenItemUseCase openItems, ReverseOpenItemUseCase reversals, TradePostings postings,
                        Clock clock) {
        this.invoices = invoices;
        this.inventory = inventory;
        this.openItems = openItems;
        this.reversals = reversals;
        this.postings = postings;
        this.clock = clock;
    }

    /** Records invoice {@code number} of {@code on} with its parsed {@code lines} against the posted estimated receipt. */
    Either<TradeDocumentError, TradeInvoice> settle(TenantId tenant, TradeDocument receipt, String number, LocalDate on,
                                                   List<InvoicedLine> lines) {
        boolean includesTax = postings.stockIncludesTax(tenant);
        Either<TradeDocumentError, List<Money>> differences = receipt.draft().amounts()
                .<TradeDocumentError>mapLeft(TradeDocumentError.Refused::new).map(a -> differences(a, lines, includesTax));
        if (differences.isLeft()) {
            return Either.left(differences.getLeft());
        }
        Money gross = sum(lines.stream().map(InvoicedLine::gross).toList());
        long invoice = invoices.add(tenant, receipt.id(), receipt.draft().partner(), false, number, on, gross, clock.instant());
        invoices.addLines(tenant, invoice, lines);
        return difference(tenant, receipt, on, differences.get()).flatMap(stock -> payable(tenant, receipt, invoice, on, gross)
                .flatMap(item -> {
                    LocalDate landed = stock.filter(s -> !s.document().draft().has(DocumentFlag.CHARGE_AT_OWN_DATE))
                            .map(s -> receipt.draft().date()).orElse(on);
                    EstimateSettlement booked = new EstimateSettlement(invoice, on, differences.get(), landed,
                            sum(lines.stream().map(l -> l.stock(includesTax)).toList()),
                            includesTax ? Money.zero(Money.CNY) : sum(lines.stream().map(InvoicedLine::tax).toList()), gross);
                    invoices.setSettlement(tenant, invoice, item, stock.map(s -> s.document().id()));
                    Money invoiced = receipt.invoiced().plus(gross);
                    invoices.setInvoiced(tenant, receipt.id(), invoiced,
                            invoiced.plus(receipt.estimateOpen()).minus(estimateOf(receipt, lines)));
                    return postings.estimateSettled(tenant, receipt, booked)
                            .map(ok -> invoices.find(tenant, receipt.id(), invoice).orElseThrow());
                }));
    }

    /** Voids the live settling {@code invoice} of the locked estimated receipt, reversing what it booked. */
    Either<TradeDocumentError, TradeInvoice> voidSettlement(TenantId tenant, TradeDocument receipt, TradeInvoice invoice) {
        LocalDate reversal = postings.reversalDate(tenant, invoice.date());
        boolean includesTax = postings.stockIncludesTax(tenant);
        Either<TradeDocumentError, List<Money>> differences = receipt.draft().amounts()
                .<TradeDocumentError>mapLeft(TradeDocumentError.Refused::new)
                .map(a -> differences(a, invoice.lines(), includesTax));
        return differences.flatMap(diff -> reverseItem(tenant, invoice.openItem(), reversal).flatMap(item ->
                undoDifference(tenant, receipt, invoice).flatMap(out -> {
                    List<InvoicedLine> lines = invoice.lines();
                    EstimateSettlement booked = new EstimateSettlement(invoice.id(), invoice.date(), diff,
                            out.landed(), sum(lines.stream().map(l -> l.stock(includesTax)).toList()),
                            includesTax ? Money.zero(Money.CNY) : sum(lines.stream().map(InvoicedLine::tax).toList()),
                            invoice.amount());
                    invoices.markVoided(tenant, invoice.id(), clock.instant());
                    invoices.setReversalItem(tenant, invoice.id(), item);
                    Money invoiced = receipt.invoiced().minus(invoice.amount());
                    invoices.setInvoiced(tenant, receipt.id(), invoiced,
                            invoiced.plus(receipt.estimateOpen()).plus(estimateOf(receipt, lines)));
                    return postings.estimateSettlementVoided(tenant, receipt, booked, out.reversed())
                            .map(ok -> invoices.find(tenant, receipt.id(), invoice.id()).orElseThrow());
                })));
    }

    /** Where a voided settlement's difference had landed and where it was taken out again. */
    private record Undone(LocalDate landed, LocalDate reversed) {
    }

    private Either<TradeDocumentError, Undone> undoDifference(TenantId tenant, TradeDocument receipt, TradeInvoice invoice) {
        if (invoice.stockDocument().isEmpty()) {
            return Either.right(new Undone(invoice.date(), invoice.date()));
        }
        return inventory.cancel(tenant, invoice.stockDocument().get()).<TradeDocumentError>mapLeft(TradeDocumentError::of)
                .map(view -> {
                    var d = view.document().draft();
                    LocalDate landed = d.has(DocumentFlag.CHARGE_AT_OWN_DATE) ? d.date() : receipt.draft().date();
                    return new Undone(landed, d.reversedOn().orElse(landed));
                });
    }

    /**
     * Per receipt line, what the invoice puts into stock less what the estimate did: the line nets in CNY (grosses when
     * stock includes VAT), the estimate being what the receipt posted; zero on the lines the invoice does not cover.
     */
    private static List<Money> differences(DocumentAmounts estimate, List<InvoicedLine> lines, boolean includesTax) {
        List<Money> out = new ArrayList<>(estimate.lines().stream().map(l -> Money.zero(Money.CNY)).toList());
        for (InvoicedLine l : lines) {
            LineAmounts est = estimate.lines().get(l.line() - 1);
            out.set(l.line() - 1, l.stock(includesTax).minus(includesTax ? est.gross() : est.net()));
        }
        return out;
    }

    /** The estimate gross of the receipt lines the invoice covers. */
    private static Money estimateOf(TradeDocument receipt, List<InvoicedLine> lines) {
        return receipt.draft().amounts().map(a -> sum(lines.stream().map(l -> a.lines().get(l.line() - 1).gross()).toList()))
                .getOrElse(Money.zero(Money.CNY));
    }

    /** The difference's landed cost by lines at the receipt, posted and owned by the trade document; none when zero. */
    private Either<TradeDocumentError, Optional<DocumentView>> difference(TenantId tenant, TradeDocument receipt,
                                                                          LocalDate on, List<Money> differences) {
        if (differences.stream().allMatch(Money::isZero)) {
            return Either.right(Optional.empty());
        }
        List<DocumentCommands.Line> lines = new ArrayList<>();
        for (int i = 0; i < differences.size(); i++) {
            lines.add(new DocumentCommands.Line("adjust", receipt.draft().lines().get(i).input().sku(), null, null, null,
                    null, null, null, differences.get(i).format(), null, null, null, null));
        }
        var command = new DocumentCommands.Create(tenant, "landed-cost", on.toString(), null, null, null, null,
                receipt.inventoryDocument().orElseThrow(), null, "lines",
                TradeKind.PURCHASE_RECEIPT.wire() + " " + receipt.id() + " 到票", lines);
        return inventory.postOwned(command).<TradeDocumentError>mapLeft(TradeDocumentError::of).map(Optional::of);
    }

    private Either<TradeDocumentError, Optional<Long>> payable(TenantId tenant, TradeDocument receipt, long invoice,
                                                               LocalDate on, Money gross) {
        TradeDraft d = receipt.draft();
        var command = new RecordOpenItemCommand(tenant, d.partner(), d.kind().ledger(), d.kind().side(),
                new SourceDocument(SOURCE, Long.toString(invoice)), on, Optional.empty(), gross,
                ExchangeRate.CNY, Optional.of(gross));
        return openItems.recordOpenItem(command).<TradeDocumentError>mapLeft(TradeDocumentError::of)
                .map(item -> Optional.of(item.id().value()));
    }

    private Either<TradeDocumentError, Optional<Long>> reverseItem(TenantId tenant, Optional<Long> item, LocalDate on) {
        if (item.isEmpty()) {
            return Either.right(Optional.empty());
        }
        return reversals.reverseOpenItem(tenant, new SettlementItemId(item.get()), on)
                .<TradeDocumentError>mapLeft(TradeDocumentError::of).map(reversal -> Optional.of(reversal.id().value()));
    }

    private static Money sum(List<Money> amounts) {
        return amounts.stream().reduce(Money.zero(Money.CNY), Money::plus);
    }
}
