package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.application.accounting.PostGeneratedVouchersUseCase.GeneratedVoucher;
import io.xinling.application.inventory.CatalogUseCases;
import io.xinling.application.inventory.InventoryDocumentUseCases;
import io.xinling.application.inventory.WarehouseView;
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
        Optional<PostingTemplate> template = TradeTemplates.of(document.draft().kind().wire(), outbox.taxpayerKind(tenant));
        if (template.isEmpty()) {
            return Either.right(document);
        }
        return fromScratch(tenant, document, amounts).flatMap(lines ->
                post(tenant, voucher(document, 1, document.draft().date(), template.get(), lines))).map(ok -> document);
    }

    /**
     * The lines the document's template gives for its amounts and its movements' amounts as stored now: its
     * voucher when just posted; after re-costs, what its voucher and its delta vouchers add up to (I-13).
     */
    public Either<TradeDocumentError, List<VoucherLine>> fromScratch(TenantId tenant, TradeDocument document,
                                                                      DocumentAmounts amounts) {
        Optional<PostingTemplate> template = TradeTemplates.of(document.draft().kind().wire(), outbox.taxpayerKind(tenant));
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
        Optional<PostingTemplate> template = TradeTemplates.of(document.draft().kind().wire(), outbox.taxpayerKind(tenant));
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
        if (voucher.lines().isEmpty()) {
            return Either.right(false);
        }
        return outbox.postGenerated(tenant, preparer.apply(tenant), List.of(voucher))
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

    private static StockValue value(StockMovement m, Map<Long, Long> branches) {
        long warehouse = ((Location.InWarehouse) m.spec().slot().location()).warehouse().value();
        return new StockValue(Long.toString(m.spec().sku().value()), Long.toString(warehouse),
                Long.toString(branches.get(warehouse)), m.amount());
    }

    private static String reference(TradeDocument document, String note) {
        return (document.draft().kind().wire() + " #" + document.id() + " " + note).strip();
    }
}
