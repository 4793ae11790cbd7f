package io.xinling.application.trade.port;

import io.vavr.control.Either;
import io.xinling.application.trade.TradeDocument;
import io.xinling.application.trade.EstimateSettlement;
import io.xinling.application.trade.TradeDocumentError;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.trade.DocumentAmounts;

import java.time.LocalDate;

/**
 * Told of every posted or cancelled purchase or sales document inside its transaction, after the stock
 * ledger and the partner's account moved (the books: its voucher, spec 4.1). A Left rolls the whole posting
 * back, so the document, its stock, its open item and its voucher are written together or not at all.
 */
public interface TradePostings {

    /** {@code document} as posted (naming its inventory document and open item), with its amounts. */
    Either<TradeDocumentError, TradeDocument> posted(TenantId tenant, TradeDocument document, DocumentAmounts amounts);

    /**
     * {@link #posted}, told by the post itself in its own transaction: what it books is new by construction, so an
     * implementation may skip looking for what an earlier call booked (a round trip); {@code posted} told again books
     * nothing more.
     */
    default Either<TradeDocumentError, TradeDocument> postedNew(TenantId tenant, TradeDocument document,
                                                                DocumentAmounts amounts) {
        return posted(tenant, document, amounts);
    }

    /**
     * The date every reversal of a document dated {@code documentDate} carries (its reversing voucher and the
     * counter item of its open item alike, so the partner's account and the GL agree on every date, I-15): the
     * document's date when its period is open, else the first day of the earliest open period (2.13).
     */
    LocalDate reversalDate(TenantId tenant, LocalDate documentDate);

    /**
     * Whether the stock amount of a purchase receipt or return is the lines' gross (VAT included) rather than their
     * net: the books of a small-scale taxpayer deduct no input VAT, so it is part of the cost (spec 4 intro, 3.5).
     */
    boolean stockIncludesTax(TenantId tenant);

    /**
     * Whether the books are a small-scale taxpayer's (小规模纳税人), whose sales are charged at a levy rate (征收率,
     * spec 3.5), not at the general rates.
     */
    boolean smallScaleTaxpayer(TenantId tenant);

    /** {@code document} once cancelled (its stock movements and open item already removed). */
    Either<TradeDocumentError, TradeDocument> cancelled(TenantId tenant, TradeDocument document, DocumentAmounts amounts);

    /**
     * The supplier invoice of an estimated receipt is recorded (4.1 P-3): its vouchers, after the stock ledger took the
     * difference and the payable was recorded. Books that write no trade vouchers take nothing.
     */
    default Either<TradeDocumentError, Boolean> estimateSettled(TenantId tenant, TradeDocument receipt,
                                                                EstimateSettlement settlement) {
        return Either.right(false);
    }

    /**
     * The supplier invoice of an estimated receipt is voided: the red-ink reversal of what it booked, its difference on
     * {@code differenceReversedOn} (where the stock ledger took it out again), the rest on the reversal date of the
     * invoice's date; the estimate (P-2) stands again.
     */
    default Either<TradeDocumentError, Boolean> estimateSettlementVoided(TenantId tenant, TradeDocument receipt,
                                                                         EstimateSettlement settlement,
                                                                         LocalDate differenceReversedOn) {
        return Either.right(false);
    }
}
