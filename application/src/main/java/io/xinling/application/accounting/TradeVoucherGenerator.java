package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.application.accounting.PostGeneratedVouchersUseCase.GeneratedVoucher;
import io.xinling.application.inventory.CatalogUseCases;
import io.xinling.application.inventory.InventoryDocumentUseCases;
import io.xinling.application.inventory.WarehouseView;
import io.xinling.application.trade.EstimateSettlement;
import io.xinling.application.trade.TradeDocument;
import io.xinling.application.trade.TradeDocumentError;
import io.xinling.application.trade.port.TradePostings;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.Provenance;
import io.xinling.domain.accounting.TaxpayerKind;
import io.xinling.domain.accounting.VoucherHash;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.accounting.generation.PostingFacts;
import io.xinling.domain.accounting.generation.PostingTemplate;
import io.xinling.domain.accounting.generation.StockValue;
import io.xinling.domain.accounting.generation.Summary;
import io.xinling.domain.accounting.generation.TradeTemplates;
import io.xinling.domain.inventory.Location;
import io.xinling.domain.inventory.ledger.StockMovement;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;
import io.xinling.domain.trade.DocumentAmounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The voucher of a posted purchase or sales document (4.1 P-1, P-4, S-1 to S-3), in its transaction: the
 * partner, revenue and VAT lines from the document's CNY amounts, the stock lines from the amounts its
 * movements stored. A cancel posts the red-ink reversal of everything the document booked (its voucher and
 * the re-cost deltas of its movements) in the earliest open period (2.13).
 */
public final class TradeVoucherGenerator implements TradePostings {

    static final String SOURCE = "trade-document";
    /** The stock part of the supplier invoice that settles an estimated receipt (P-3), by invoice id. */
    static final String DIFFERENCE = "trade-invoice-difference";
    /** The payable part of the supplier invoice that settles an estimated receipt (P-3), by invoice id. */
    static final String INVOICE = "trade-invoice";

    private final VoucherOutbox outbox;
    private final InventoryDocumentUseCases inventory;
    private final CatalogUseCases catalog;
    private final Function<TenantId, UserId> preparer;

    public TradeVoucherGenerator(VoucherOutbox outbox, InventoryDocumentUseCases inventory, CatalogUseCases catalog,
                                 Function<TenantId, UserId> preparer) {
        this.outbox = outbox;
        this.inventory = inventory;
        this.catalog = catalog;
        this.preparer = preparer;
    }

    @Override
    public Either<TradeDocumentError, TradeDocument> posted(TenantId tenant, TradeDocument document, DocumentAmounts amounts) {
        return posted(tenant, document, amounts, true);
    }

    /** The post's own call: its voucher's key is the document's first version, so none is looked for ({@code postNew}). */
    @Override
    public Either<TradeDocumentError, TradeDocument> postedNew(TenantId tenant, TradeDocument document,
                                                               DocumentAmounts amounts) {
        return posted(tenant, document, amounts, false);
    }

    private Either<TradeDocumentError, TradeDocument> posted(TenantId tenant, TradeDocument document, DocumentAmounts amounts,
                                                             boolean again) {
        Optional<PostingTemplate> template = template(tenant, document);
        if (template.isEmpty()) {
            return Either.right(document);
        }
        return fromScratch(tenant, document, amounts).flatMap(lines -> post(tenant,
                voucher(document, 1, document.draft().date(), template.get(), lines), again)).map(ok -> document);
    }

    /**
     * The lines the document's template gives for its amounts and its movements' amounts as stored now: its
     * voucher when just posted; after re-costs, what its voucher and its delta vouchers add up to (I-13).
     */
    public Either<TradeDocumentError, List<VoucherLine>> fromScratch(TenantId tenant, TradeDocument document,
                                                                      DocumentAmounts amounts) {
        Optional<PostingTemplate> template = template(tenant, document);
        if (template.isEmpty()) {
            return Either.right(List.of());
        }
        return stock(tenant, document).map(stock ->
                template.get().lines(facts(document, amounts, stock), reference(document, "")));
    }

    @Override
    public boolean stockIncludesTax(TenantId tenant) {
        return TradeTemplates.stockIncludesTax(outbox.taxpayerKind(tenant));
    }

    @Override
    public boolean smallScaleTaxpayer(TenantId tenant) {
        return outbox.taxpayerKind(tenant) == TaxpayerKind.SMALL_SCALE;
    }

    @Override
    public Either<TradeDocumentError, TradeDocument> cancelled(TenantId tenant, TradeDocument document, DocumentAmounts amounts) {
        Optional<PostingTemplate> template = template(tenant, document);
        if (template.isEmpty()) {
            return Either.right(document);
        }
        List<VoucherLine> booked = new ArrayList<>(outbox.linesBySource(tenant, SOURCE, Long.toString(document.id())));
        document.inventoryDocument().ifPresent(stock -> booked.addAll(outbox.linesBySource(tenant,
                InventoryVoucherGenerator.RECOST, Long.toString(stock))));
        String text = reference(document, "作废");
        List<VoucherLine> reversal = Summary.merge(template.get().summary() + " " + text, booked).stream()
                .map(l -> l.redInk(l.summary())).toList();
        LocalDate date = reversalDate(tenant, document.draft().date());
        return post(tenant, voucher(document, 2, date, template.get(), reversal)).map(ok -> document);
    }

    /**
     * The template of a document, at the tenant's current version (3.4): P-2 for an estimated receipt, else its kind's
     * for the books' taxpayer kind. Only its partner, revenue and VAT lines take other accounts, whose amounts a re-cost
     * never changes, so the deltas booked later by the inventory templates still net against its stock and cost lines.
     */
    private Optional<PostingTemplate> template(TenantId tenant, TradeDocument document) {
        return (document.draft().estimated() ? Optional.of(TradeTemplates.ESTIMATED_RECEIPT)
                : TradeTemplates.of(document.draft().kind().wire(), outbox.taxpayerKind(tenant)))
                .map(builtIn -> outbox.templates(tenant).current(builtIn));
    }

    /** A built-in settlement template (P-3) at the tenant's current version. */
    private PostingTemplate current(TenantId tenant, PostingTemplate builtIn) {
        return outbox.templates(tenant).current(builtIn);
    }

    /**
     * P-3 of a supplier invoice settling an estimated receipt, in two vouchers: the difference from the estimate per
     * receipt line on the date the stock took it (Dr 1405 / Cr 220202 [supplier]), and on the invoice's date the estimate
     * turned into the payable (Dr 220202 N, Dr 22210101 T / Cr 220201 G).
     */
    @Override
    public Either<TradeDocumentError, Boolean> estimateSettled(TenantId tenant, TradeDocument receipt,
                                                               EstimateSettlement s) {
        return settlementLines(tenant, receipt, s).flatMap(lines -> post(tenant, settlementVoucher(DIFFERENCE, s, 1,
                s.differenceDate(), current(tenant, TradeTemplates.ESTIMATE_DIFFERENCE), lines.difference()))
                .flatMap(ok -> post(tenant, settlementVoucher(INVOICE, s, 1, s.date(),
                        current(tenant, TradeTemplates.invoice(outbox.taxpayerKind(tenant))), lines.invoice()))));
    }

    /** The red-ink reversal of both vouchers of a voided settlement, each where its part is taken out again (2.13). */
    @Override
    public Either<TradeDocumentError, Boolean> estimateSettlementVoided(TenantId tenant, TradeDocument receipt,
                                                                        EstimateSettlement s, LocalDate differenceReversedOn) {
        String id = Long.toString(s.invoice());
        String text = "purchase-invoice #" + s.invoice() + " 作废";
        List<VoucherLine> difference = Summary.merge(TradeTemplates.ESTIMATE_DIFFERENCE.summary() + " " + text,
                outbox.linesBySource(tenant, DIFFERENCE, id)).stream().map(l -> l.redInk(l.summary())).toList();
        PostingTemplate p3 = TradeTemplates.invoice(outbox.taxpayerKind(tenant));
        List<VoucherLine> invoice = Summary.merge(p3.summary() + " " + text, outbox.linesBySource(tenant, INVOICE, id))
                .stream().map(l -> l.redInk(l.summary())).toList();
        return post(tenant, settlementVoucher(DIFFERENCE, s, 2, differenceReversedOn, TradeTemplates.ESTIMATE_DIFFERENCE,
                difference)).flatMap(ok -> post(tenant, settlementVoucher(INVOICE, s, 2, reversalDate(tenant, s.date()),
                p3, invoice)));
    }

    /** The lines of a settlement's two vouchers. */
    private record SettlementLines(List<VoucherLine> difference, List<VoucherLine> invoice) {
    }

    private Either<TradeDocumentError, SettlementLines> settlementLines(TenantId tenant, TradeDocument receipt,
                                                                         EstimateSettlement s) {
        String ref = "purchase-invoice #" + s.invoice() + " " + reference(receipt, "");
        DimensionValues supplier = DimensionValues.of(Dimension.SUPPLIER, Long.toString(receipt.draft().partner().value()));
        return stockByLine(tenant, receipt).map(stock -> {
            List<StockValue> differences = new ArrayList<>();
            for (int i = 0; i < s.differences().size(); i++) {
                StockValue v = stock.get(i + 1);
                differences.add(new StockValue(v.item(), v.warehouse(), v.branch(), s.differences().get(i)));
            }
            Money zero = Money.zero(Money.CNY);
            List<VoucherLine> difference = withinStock(current(tenant, TradeTemplates.ESTIMATE_DIFFERENCE).lines(
                    new PostingFacts(supplier, zero, zero, zero, differences), ref));
            List<VoucherLine> invoice = current(tenant, TradeTemplates.invoice(outbox.taxpayerKind(tenant))).lines(
                    new PostingFacts(supplier, s.net(), s.tax(), s.gross(), List.of()), ref);
            return new SettlementLines(difference, invoice);
        });
    }

    /**
     * Line differences that cancel out (+10 on one item, −10 on another) move stock value between items while 1405 and
     * 220202 keep their totals: no 220202 line, and in red ink the voucher's totals would be 0.00, which no voucher may
     * be. The value still moves between the items' 1405 balances (I-4 per item), so the lines that take value out are
     * written as credits in blue: Dr 1405 [A] 10 / Cr 1405 [B] 10. Any other voucher is kept as it is.
     */
    static List<VoucherLine> withinStock(List<VoucherLine> lines) {
        Money total = lines.stream().map(VoucherLine::debit).reduce(Money.zero(Money.CNY), Money::plus);
        if (lines.isEmpty() || !total.isZero()) {
            return lines;
        }
        return lines.stream().map(l -> l.signed().isNegative()
                ? VoucherLine.credit(l.summary(), l.account(), l.dimensions(), l.signed().negate())
                : VoucherLine.debit(l.summary(), l.account(), l.dimensions(), l.signed())).toList();
    }

    private static GeneratedVoucher settlementVoucher(String source, EstimateSettlement s, long version, LocalDate date,
                                                      PostingTemplate template, List<VoucherLine> lines) {
        Provenance provenance = new Provenance(source, Long.toString(s.invoice()), version, template.id(),
                template.version(), 0, VoucherHash.of(lines));
        return new GeneratedVoucher(VoucherWord.JI, date, 1, lines, provenance);
    }

    @Override
    public LocalDate reversalDate(TenantId tenant, LocalDate documentDate) {
        return outbox.earliestOpen(tenant, documentDate);
    }

    /** The facts of a document: its partner, its CNY amounts, its movements' stored amounts. */
    static PostingFacts facts(TradeDocument document, DocumentAmounts amounts, List<StockValue> stock) {
        Dimension dimension = document.draft().kind().isSales() ? Dimension.CUSTOMER : Dimension.SUPPLIER;
        DimensionValues partner = DimensionValues.of(dimension, Long.toString(document.draft().partner().value()));
        return new PostingFacts(partner, amounts.bookNet(), amounts.bookTax(), amounts.bookGross(), stock);
    }

    static GeneratedVoucher voucher(TradeDocument document, long version, LocalDate date, PostingTemplate template,
                                    List<VoucherLine> lines) {
        Provenance provenance = new Provenance(SOURCE, Long.toString(document.id()), version, template.id(),
                template.version(), 0, VoucherHash.of(lines));
        return new GeneratedVoucher(VoucherWord.JI, date, 1, lines, provenance);
    }

    private Either<TradeDocumentError, Boolean> post(TenantId tenant, GeneratedVoucher voucher) {
        return post(tenant, voucher, true);
    }

    private Either<TradeDocumentError, Boolean> post(TenantId tenant, GeneratedVoucher voucher, boolean again) {
        if (voucher.lines().isEmpty()) {
            return Either.right(false);
        }
        return outbox.post(tenant, preparer.apply(tenant), List.of(voucher), again)
                .<TradeDocumentError>mapLeft(TradeDocumentError.Refused::new).map(v -> true);
    }

    /** The stored amount of each of the document's movements, with the item, warehouse and branch it concerns. */
    private Either<TradeDocumentError, List<StockValue>> stock(TenantId tenant, TradeDocument document) {
        if (document.inventoryDocument().isEmpty()) {
            return Either.right(List.of());
        }
        return inventory.get(tenant, document.inventoryDocument().get())
                .flatMap(view -> catalog.warehouses(tenant).map(warehouses -> {
                    Map<Long, Long> branches = new HashMap<>();
                    for (WarehouseView w : warehouses) {
                        branches.put(w.warehouse().id().value(), w.warehouse().branch().value());
                    }
                    return view.movements().stream().map(m -> value(m, branches)).toList();
                })).<TradeDocumentError>mapLeft(TradeDocumentError.Refused::new);
    }

    /** The item, warehouse and branch of each line of a receipt (one movement per line), by line number. */
    private Either<TradeDocumentError, Map<Integer, StockValue>> stockByLine(TenantId tenant, TradeDocument document) {
        return inventory.get(tenant, document.inventoryDocument().orElseThrow())
                .flatMap(view -> catalog.warehouses(tenant).map(warehouses -> {
                    Map<Long, Long> branches = new HashMap<>();
                    warehouses.forEach(w -> branches.put(w.warehouse().id().value(), w.warehouse().branch().value()));
                    Map<Integer, StockValue> out = new HashMap<>();
                    view.movements().forEach(m -> out.put(m.id().line(), value(m, branches)));
                    return out;
                })).<TradeDocumentError>mapLeft(TradeDocumentError.Refused::new);
    }

    private static StockValue value(StockMovement m, Map<Long, Long> branches) {
        long warehouse = ((Location.InWarehouse) m.spec().slot().location()).warehouse().value();
        return new StockValue(Long.toString(m.spec().sku().value()), Long.toString(warehouse),
                Long.toString(branches.get(warehouse)), m.amount());
    }

    private static String reference(TradeDocument document, String note) {
        return (document.draft().kind().wire() + " #" + document.id() + " " + note).strip();
    }
}
