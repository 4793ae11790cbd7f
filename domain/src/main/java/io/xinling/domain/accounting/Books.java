package io.xinling.domain.accounting;

import io.vavr.control.Either;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant's books: periods are calendar months, closed in order, so one watermark says which are
 * closed: every period up to {@code closedThrough} is closed, every later one open (no period table
 * to pre-create, and nothing can be open between two closed periods). {@code chartVersion} changes with every change
 * of the chart and never repeats, so a chart read under one version stays right while the books show it (0: unknown).
 * {@code templatesVersion} likewise changes with every edit of the tenant's voucher templates (0: the tenant has edited
 * none, the built-in set applies).
 */
public record Books(Optional<YearMonth> closedThrough, boolean allowSelfReview, TaxpayerKind taxpayerKind,
                    TaxLocation taxLocation, long chartVersion, long templatesVersion) {

    public Books {
        Objects.requireNonNull(closedThrough, "closedThrough");
        Objects.requireNonNull(taxpayerKind, "taxpayerKind");
        Objects.requireNonNull(taxLocation, "taxLocation");
    }

    /** Books whose templates are the built-in set. */
    public Books(Optional<YearMonth> closedThrough, boolean allowSelfReview, TaxpayerKind taxpayerKind,
                 TaxLocation taxLocation, long chartVersion) {
        this(closedThrough, allowSelfReview, taxpayerKind, taxLocation, chartVersion, 0);
    }

    /** Books whose chart has no known version ({@code chartVersion} 0: a chart read for them is never reused). */
    public Books(Optional<YearMonth> closedThrough, boolean allowSelfReview, TaxpayerKind taxpayerKind,
                 TaxLocation taxLocation) {
        this(closedThrough, allowSelfReview, taxpayerKind, taxLocation, 0);
    }

    /** Books of a general taxpayer in a city (the defaults). */
    public Books(Optional<YearMonth> closedThrough, boolean allowSelfReview) {
        this(closedThrough, allowSelfReview, TaxpayerKind.GENERAL, TaxLocation.URBAN);
    }

    public static Books fresh() {
        return new Books(Optional.empty(), false);
    }

    public boolean isClosed(YearMonth period) {
        return closedThrough.map(last -> !period.isAfter(last)).orElse(false);
    }

    /** I-20: nothing may be dated into a closed period. */
    public Either<AccountingError, LocalDate> requireOpen(LocalDate date) {
        YearMonth period = YearMonth.from(date);
        return isClosed(period) ? Either.left(new AccountingError.PeriodClosed(period)) : Either.right(date);
    }

    /** The period a close may target: the one after the last closed, or any when none is closed yet. */
    public Either<AccountingError, YearMonth> closable(YearMonth period) {
        if (isClosed(period)) {
            return Either.left(new AccountingError.AlreadyClosed(period));
        }
        return closedThrough.map(last -> last.plusMonths(1))
                .filter(next -> !next.equals(period))
                .<Either<AccountingError, YearMonth>>map(next -> Either.left(new AccountingError.IllegalCloseOrder(period, next)))
                .orElse(Either.right(period));
    }

    /** Only the latest closed period may be reopened (5.2). */
    public Either<AccountingError, YearMonth> reopenable(YearMonth period) {
        if (closedThrough.filter(period::equals).isEmpty()) {
            return Either.left(new AccountingError.IllegalReopen(period, closedThrough.map(YearMonth::toString).orElse("none")));
        }
        return Either.right(period);
    }

    public Books closedThrough(Optional<YearMonth> last) {
        return new Books(last, allowSelfReview, taxpayerKind, taxLocation, chartVersion, templatesVersion);
    }
}
