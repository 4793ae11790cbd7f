package io.xinling.application.trade;


import io.vavr.control.Either;
import io.xinling.application.inventory.CatalogUseCases;
import io.xinling.application.inventory.InventorySettingsQuery;
import io.xinling.application.inventory.port.PeriodCalendar;
import io.xinling.application.partner.FindPartnersUseCase;
import io.xinling.application.trade.port.TradeDocumentRepository;
import io.xinling.application.trade.port.TradePostings;
import io.xinling.application.trade.port.TradeSettingsRepository;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TaxRate;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.Unit;
import io.xinling.domain.trade.DocumentAmounts;
import io.xinling.domain.trade.LevyRates;
import io.xinling.domain.trade.TradeError;
import io.xinling.domain.trade.VatRate;
import io.xinling.domain.trade.VatRates;

import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a draft must satisfy when it is saved, updated and again when it is posted: its amounts, a date in an open
 * period (I-20), VAT rates the tenant's rate table holds valid on its date (spec 3.5), a partner in
 * the right role, a known warehouse, known SKUs in units they have, for a return a posted delivery or receipt
 * of the same partner and currency with enough left of each line (same SKU, counted in that line's unit, another
 * unit of the SKU converted exactly, see {@link SourceUnits}) after the posted returns,
 * and for a delivery or receipt against an order enough left of the order.
 */
final class TradeChecks {

    private final TradeDocumentRepository documents;
    private final InventorySettingsQuery settings;
    private final FindPartnersUseCase partners;
    private final CatalogUseCases catalog;
    private final OrderFulfilment orders;
    private final TradeSettingsRepository tradeSettings;
    private final PeriodCalendar periods;
    private final TradePostings books;

    TradeChecks(TradeDocumentRepository documents, FindPartnersUseCase partners, CatalogUseCases catalog,
                OrderFulfilment orders, InventorySettingsQuery settings, TradeSettingsRepository tradeSettings,
                PeriodCalendar periods, TradePostings books) {
        this.periods = periods;
        this.books = books;
        this.documents = documents;
        this.settings = settings;
        this.tradeSettings = tradeSettings;
        this.partners = partners;
        this.catalog = catalog;
        this.orders = orders;
    }

    /**
     * Checks the draft; when {@code posting}, the returned document is row-locked so that concurrent returns of
     * it serialize. Right: the inventory document of the delivery a sales return refers to, if any.
     */
    Either<TradeDocumentError, Optional<Long>> check(TenantId tenant, TradeDraft draft, boolean posting) {
        return draft.amounts().<TradeDocumentError>mapLeft(TradeDocumentError.Refused::new)
                .flatMap(a -> periods.isClosed(tenant, draft.date())
                        ? Either.<TradeDocumentError, Boolean>left(new TradeDocumentError.DateInClosedPeriod(draft.date()))
                        : Either.<TradeDocumentError, Boolean>right(true))
                .flatMap(ok -> levyRates(tenant, draft))
                .flatMap(a -> partnerFits(tenant, draft))
                .flatMap(ok -> ratesFit(tenant, draft))
                .flatMap(ok -> stockFits(tenant, draft))
                .flatMap(ok -> posting ? Either.right(true) : orders.fulfil(tenant, draft, false))
                .flatMap(ok -> source(tenant, draft, posting));
    }

    /** Spec 3.5: a small-scale taxpayer's sales documents charge a levy rate valid on their date on every line. */
    private Either<TradeDocumentError, Boolean> levyRates(TenantId tenant, TradeDraft draft) {
        if (!draft.kind().isSales() || !books.smallScaleTaxpayer(tenant)) {
            return Either.right(true);
        }
        return LevyRates.check(draft.lines().stream().map(TradeLine::input).toList(), draft.date())
                .<TradeDocumentError>mapLeft(TradeDocumentError.Refused::new).map(lines -> true);
    }

    /** The partner exists and has the role the document needs (customer for sales, supplier for purchases). */
    private Either<TradeDocumentError, Boolean> partnerFits(TenantId tenant, TradeDraft draft) {
        boolean sales = draft.kind().isSales();
        return partners.partner(tenant, draft.partner())
                .<TradeDocumentError>mapLeft(e -> new TradeDocumentError.Invalid("partnerId", e.message()))
                .filterOrElse(p -> sales ? p.isCustomer() : p.isSupplier(), p -> new TradeDocumentError.Invalid(
                        "partnerId", "partner " + p.id().value() + " is not a " + (sales ? "customer" : "supplier")))
                .map(p -> true);
    }

    /** Every line's VAT rate is one the tenant's rate table holds valid on the document's date (spec 3.5). */
    private Either<TradeDocumentError, Boolean> ratesFit(TenantId tenant, TradeDraft draft) {
        List<VatRate> table = null;
        for (int i = 0; i < draft.lines().size(); i++) {
            TaxRate rate = draft.lines().get(i).input().taxRate();
            if (table == null) {
                table = tradeSettings.vatRates(tenant);
            }
            if (!VatRates.allows(table, rate, draft.date())) {
                return Either.left(new TradeDocumentError.Invalid("lines[" + i + "].taxRatePercent",
                        rate.rate().percent().toPlainString() + "% is not a VAT rate valid on " + draft.date()
                                + "; valid then: " + VatRates.validOn(table, draft.date())));
            }
        }
        return Either.right(true);
    }

    private Either<TradeDocumentError, Boolean> stockFits(TenantId tenant, TradeDraft draft) {
        boolean known = catalog.warehouses(tenant).map(all -> all.stream()
                .anyMatch(w -> w.warehouse().id().value() == draft.warehouse())).getOrElse(false);
        if (!known) {
            return Either.left(new TradeDocumentError.Invalid("warehouseId", "no warehouse " + draft.warehouse()));
        }
        Map<Long, Sku> skus = catalog.skus(tenant, draft.lines().stream().map(l -> l.input().sku()).collect(Collectors.toSet()));
        for (int i = 0; i < draft.lines().size(); i++) {
            TradeLine line = draft.lines().get(i);
            long id = line.input().sku();
            Sku sku = skus.get(id);
            if (sku == null) {
                return Either.left(new TradeDocumentError.Invalid("lines[" + i + "].skuId", "no SKU " + id));
            }
            if (!sku.units().knows(Unit.of(line.unit()))) {
                return Either.left(new TradeDocumentError.Invalid("lines[" + i + "].unit",
                        "SKU " + id + " has no unit " + line.unit()));
            }
        }
        return Either.right(true);
    }

    private Either<TradeDocumentError, Optional<Long>> source(TenantId tenant, TradeDraft draft, boolean posting) {
        TradeKind kind = draft.kind();
        if (!kind.isReturn()) {
            return Either.right(Optional.empty());
        }
        boolean purchase = kind == TradeKind.PURCHASE_RETURN;
        String header = purchase ? "receiptId" : "deliveryId";
        String lineField = purchase ? "receiptLine" : "deliveryLine";
        if (draft.delivery().isEmpty()) {
            boolean allowed = purchase ? settings.settings(tenant).allowUnreferencedPurchaseReturn()
                    : tradeSettings.unreferencedSalesReturnsAllowed(tenant).orElse(true);
            return allowed ? Either.right(Optional.empty()) : Either.left(new TradeDocumentError.UnreferencedReturn(purchase));
        }
        long id = draft.delivery().get();
        Optional<TradeDocument> found = (posting ? documents.lock(tenant, id) : documents.find(tenant, id))
                .filter(d -> d.draft().kind() == kind.returnSource() && d.status() == TradeStatus.POSTED);
        if (found.isEmpty()) {
            return Either.left(new TradeDocumentError.Invalid(header, "no posted " + kind.returnSource().wire() + " " + id));
        }
        TradeDraft source = found.get().draft();
        if (!source.partner().equals(draft.partner())) {
            return Either.left(new TradeDocumentError.PartnerMismatch(id, draft.partner().value()));
        }
        if (!source.rate().currency().equals(draft.rate().currency())) {
            return Either.left(new TradeDocumentError.Invalid("currency", kind.returnSource().wire() + " " + id + " is in "
                    + source.rate().currency().getCurrencyCode()));
        }
        Either<TradeError, DocumentAmounts> sold = source.amounts();
        Either<TradeError, DocumentAmounts> credit = draft.amounts();
        if (sold.isLeft() || credit.isLeft()) {
            return Either.left(new TradeDocumentError.Refused(credit.isLeft() ? credit.getLeft() : sold.getLeft()));
        }
        Map<Long, Sku> skus = catalog.skus(tenant, source.lines().stream().map(l -> l.input().sku())
                .collect(Collectors.toSet()));
        String sourceName = kind.returnSource().wire() + " " + id;
        Map<Integer, Quantity> left = new HashMap<>();
        for (int i = 0; i < source.lines().size(); i++) {
            left.put(i + 1, source.lines().get(i).input().quantity());
        }
        for (TradeDocument r : documents.postedReturnsOf(tenant, id)) {
            for (TradeLine l : r.draft().lines()) {
                int no = l.deliveryLine().orElse(0);
                if (no >= 1 && no <= source.lines().size()) {
                    Quantity returned = SourceUnits.inSourceUnit(skus.get(l.input().sku()), l,
                            source.lines().get(no - 1).unit(), "", sourceName).getOrElse(l.input().quantity());
                    left.computeIfPresent(no, (k, q) -> q.minus(returned));
                }
            }
        }
        for (int i = 0; i < draft.lines().size(); i++) {
            TradeLine line = draft.lines().get(i);
            int no = line.deliveryLine().orElse(0);
            String at = "lines[" + i + "].";
            if (no < 1 || no > source.lines().size() || source.lines().get(no - 1).input().sku() != line.input().sku()) {
                return Either.left(new TradeDocumentError.Invalid(at + lineField,
                        sourceName + " has no line " + no + " of this SKU"));
            }
            TradeLine original = source.lines().get(no - 1);
            Optional<String> batch = original.stock().batch();
            if (batch.isPresent() && line.stock().batch().isEmpty()) {
                return Either.left(new TradeDocumentError.Invalid(at + "batch", "line " + no + " of " + sourceName
                        + " is batch " + batch.get() + ": a return names the batch it brings back"));
            }
            if (batch.isPresent() && !line.stock().batch().get().equals(batch.get())) {
                return Either.left(new TradeDocumentError.Invalid(at + "batch", "line " + no + " of " + sourceName
                        + " is batch " + batch.get() + ", not " + line.stock().batch().get()));
            }
            if (line.input().taxRate().rate().compareTo(original.input().taxRate().rate()) != 0) {
                return Either.left(new TradeDocumentError.Invalid(at + "taxRatePercent", "line " + no + " of " + sourceName
                        + " was taxed at " + original.input().taxRate() + ": a return credits the tax at the rate it was charged"));
            }
            for (String serial : line.stock().serials()) {
                if (!original.stock().serials().contains(serial)) {
                    return Either.left(new TradeDocumentError.Invalid(at + "serials", "serial " + serial
                            + " is not one of line " + no + " of " + sourceName));
                }
            }
            Either<TradeDocumentError, Quantity> counted = SourceUnits.inSourceUnit(skus.get(line.input().sku()), line,
                    original.unit(), at, "line " + no + " of " + sourceName);
            if (counted.isLeft()) {
                return Either.left(counted.getLeft());
            }
            Quantity rest = left.get(no);
            String unit = " " + original.unit();
            if (counted.get().compareTo(rest) > 0) {
                return Either.left(new TradeDocumentError.ExceedsSource(at + "quantity", id, no,
                        original.input().quantity().format() + unit, rest.format() + unit));
            }
            left.put(no, rest.minus(counted.get()));
            Money credited = credit.get().lines().get(i).net();
            Money share = Money.round(sold.get().lines().get(no - 1).net().toDecimal().multiply(counted.get().value())
                    .divide(original.input().quantity().value(), credited.fractionDigits(), RoundingMode.HALF_UP), credited.currency(),
                    RoundingMode.UNNECESSARY);
            if (credited.compareTo(share) > 0) {
                return Either.left(new TradeDocumentError.Invalid(at + "price", "credits " + credited.format() + " net for "
                        + counted.get().format() + unit + " of line " + no + " of " + sourceName + ", where they came to "
                        + share.format() + ": a return credits at most what the goods were " + (purchase ? "bought" : "sold")
                        + " for"));
            }
        }
        return Either.right(purchase ? Optional.empty() : found.get().inventoryDocument());
    }
}
