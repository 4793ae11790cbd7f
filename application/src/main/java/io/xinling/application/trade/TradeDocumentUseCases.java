package io.xinling.application.trade;

import io.vavr.control.Either;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.trade.VatRate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Sales deliveries, purchase receipts, sales and purchase returns: saved as drafts (checked when saved and
 * again when posted), updated while drafts, posted in one transaction to the stock ledger and the partner's
 * account (both or neither), cancelled once posted (both reversed, or neither); listed with filters.
 */
public interface TradeDocumentUseCases {

    Either<TradeDocumentError, TradeDocumentView> create(TradeDocumentCommands.Create command);

    /** Creates and posts a delivery, receipt or return in one transaction: all of it, or nothing (not even the draft). */
    Either<TradeDocumentError, TradeDocumentView> createAndPost(TradeDocumentCommands.Create command);

    /** Replaces a draft's header and lines ({@code command.kind()} must be the document's kind). */
    Either<TradeDocumentError, TradeDocumentView> update(long id, TradeDocumentCommands.Create command);

    Either<TradeDocumentError, TradeDocumentView> get(TenantId tenant, TradeKind kind, long id);

    Either<TradeDocumentError, TradeDocumentView> post(TenantId tenant, TradeKind kind, long id);

    /** A draft is cancelled as it is; a posted document has its postings reversed ({@code trade.illegal-status} else). */
    Either<TradeDocumentError, TradeDocumentView> cancel(TenantId tenant, TradeKind kind, long id);

    /** Documents of one kind with their amounts (without line costs). */
    TradePage<TradeDocumentView> list(TenantId tenant, TradeQuery query);

    TradeReminders reminders(TenantId tenant);

    /**
     * The posted estimated purchase receipts (暂估入库) dated on or before {@code through} with a line that no live supplier
     * invoice settles yet, oldest first, at most {@code limit}, with their count and those lines: the period close warns
     * of them (5.1).
     */
    default TradePage<OpenEstimate> openEstimates(TenantId tenant, LocalDate through, int limit) {
        return new TradePage<>(List.of(), 0, limit, 0);
    }

    /** An estimated receipt and its lines (numbered from 1) still estimated, waiting for their supplier invoice. */
    record OpenEstimate(TradeDocument document, List<Integer> lines) {
        public OpenEstimate {
            lines = List.copyOf(lines);
        }
    }

    /**
     * Whether returns without their source are allowed: purchase returns without a receipt (default no; the
     * inventory setting {@code allowUnreferencedPurchaseReturn}, one value), sales returns without a delivery
     * (default yes).
     */
    record TradeSettings(boolean allowUnreferencedPurchaseReturns, boolean allowUnreferencedSalesReturns) {
    }

    TradeSettings settings(TenantId tenant);

    /** Changes the given settings together (an absent one keeps its value); the settings now in force. */
    TradeSettings changeSettings(TenantId tenant, Optional<Boolean> purchaseReturns, Optional<Boolean> salesReturns);

    /** The tenant's VAT rate table (spec 3.5): the rates a line may use, each with its validity dates. */
    List<VatRate> vatRates(TenantId tenant);

    /** Replaces the tenant's VAT rate table; refused when empty or when a rate and start date come twice. */
    Either<TradeDocumentError, List<VatRate>> replaceVatRates(TenantId tenant, List<VatRate> rates);
}
