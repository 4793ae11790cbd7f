package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.application.accounting.port.DraftDocuments;
import io.xinling.application.accounting.port.LedgerRepository;
import io.xinling.application.accounting.port.Subledgers;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.BalanceRow;
import io.xinling.domain.accounting.Books;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.Reconciliation;
import io.xinling.domain.kernel.TenantId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The gates of the close that look beyond the vouchers: the order of the first close, business drafts (5.1 step 1)
 * and the subledger reconciliations (5.1 step 5). The drafts and the subledgers are wired after the books are built
 * (their contexts post through the books); until then, or with the ledger alone, there is nothing to wait for.
 */
final class CloseGates {

    private final LedgerRepository ledger;
    private volatile Subledgers subledgers;
    private volatile DraftDocuments drafts;

    CloseGates(LedgerRepository ledger) {
        this.ledger = ledger;
    }

    void reconcileWith(Subledgers subledgers) {
        this.subledgers = subledgers;
    }

    void waitForDrafts(DraftDocuments drafts) {
        this.drafts = drafts;
    }

    /**
     * Periods close in order, the first one too: while nothing is closed, a period may close only when no voucher is
     * posted before it, or the close would lock the earlier periods without their checklist and carry-forward.
     */
    Either<AccountingError, YearMonth> firstClose(TenantId tenant, Books locked, YearMonth period) {
        if (locked.closedThrough().isPresent() || !hasActivity(tenant, period.minusMonths(1))) {
            return Either.right(period);
        }
        YearMonth low = period.minusMonths(1200);
        YearMonth high = period.minusMonths(1);
        while (low.isBefore(high)) {
            YearMonth mid = low.plusMonths(ChronoUnit.MONTHS.between(low, high) / 2);
            if (hasActivity(tenant, mid)) {
                high = mid;
            } else {
                low = mid.plusMonths(1);
            }
        }
        return Either.left(new AccountingError.EarlierPeriodOpen(period, high));
    }

    /** Whether any posted line is dated on or before the end of {@code through}. */
    private boolean hasActivity(TenantId tenant, YearMonth through) {
        return ledger.turnover(tenant, null, through.atEndOfMonth(), DimensionValues.NONE, false).stream()
                .anyMatch(r -> !r.debit().isZero() || !r.credit().isZero());
    }

    /** 5.1 step 1: the business documents still in draft dated on or before the period end, as one reason. */
    List<String> drafts(TenantId tenant, YearMonth period) {
        DraftDocuments wired = drafts;
        List<String> open = wired == null ? List.of() : wired.drafts(tenant, period.atEndOfMonth());
        if (open.isEmpty()) {
            return List.of();
        }
        return List.of("business documents in draft dated on or before " + period.atEndOfMonth()
                + " (post them, or cancel the trade documents): " + String.join(", ", open));
    }

    /**
     * Estimated receipts (暂估入库) dated on or before the period end that still wait for their supplier invoice, as one
     * warning: the estimate is booked (220202) and stock is right, so the close goes on, but someone should chase them.
     */
    List<String> openEstimates(TenantId tenant, YearMonth period) {
        DraftDocuments wired = drafts;
        List<String> open = wired == null ? List.of() : wired.openEstimates(tenant, period.atEndOfMonth());
        if (open.isEmpty()) {
            return List.of();
        }
        return List.of("estimated receipts (暂估入库) without a supplier invoice dated on or before " + period.atEndOfMonth()
                + ": " + String.join(", ", open));
    }

    /** 5.1 step 5, hard failures: stock = GL 1403/1405 per item and warehouse (I-4); receivables and payables = the GL per partner (I-15). */
    List<String> reconciliation(TenantId tenant, LocalDate end) {
        Subledgers wired = subledgers;
        if (wired == null) {
            return List.of();
        }
        List<BalanceRow> gl = ledger.turnover(tenant, null, end, DimensionValues.NONE, true);
        List<String> out = new ArrayList<>();
        out.addAll(Reconciliation.mismatchesByKey(Reconciliation.STOCK, wired.stockByItemAndWarehouse(tenant, end), gl));
        out.addAll(Reconciliation.mismatches(Reconciliation.RECEIVABLES, wired.receivables(tenant, end), gl));
        out.addAll(Reconciliation.mismatches(Reconciliation.PAYABLES, wired.payables(tenant, end), gl));
        return out;
    }
}
