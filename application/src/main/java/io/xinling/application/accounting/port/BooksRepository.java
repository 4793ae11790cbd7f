package io.xinling.application.accounting.port;

import io.xinling.application.accounting.GenerationMode;
import io.xinling.domain.accounting.Account;
import io.xinling.domain.accounting.Books;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** A tenant's books (period watermark, settings) and its chart; the close log. */
public interface BooksRepository {

    /** Creates the books with this chart unless they exist (concurrent callers: one wins, all see them). */
    void initialize(TenantId tenant, List<Account> chart, Instant at);

    /** Reads the books and holds a shared lock till commit, so no close runs meanwhile. */
    Optional<Books> lockShared(TenantId tenant);

    /**
     * {@link #lockShared}, with the voucher generation mode when this repository reads it in the same go (it changes
     * only under the books' exclusive lock, so it holds as long as the shared one); empty: ask the generation repository.
     */
    default Optional<SharedBooks> lockSharedWithMode(TenantId tenant) {
        return lockShared(tenant).map(books -> new SharedBooks(books, Optional.empty()));
    }

    /** What {@link #lockSharedWithMode} read. */
    record SharedBooks(Books books, Optional<GenerationMode> mode) {
    }

    /** Reads the books and holds an exclusive lock till commit (close, reopen, renumber). */
    Optional<Books> lockExclusive(TenantId tenant);

    void setClosedThrough(TenantId tenant, Optional<YearMonth> closedThrough);

    void setAllowSelfReview(TenantId tenant, boolean allow);

    void setTaxSettings(TenantId tenant, io.xinling.domain.accounting.TaxpayerKind kind,
                        io.xinling.domain.accounting.TaxLocation location);

    List<Account> accounts(TenantId tenant);

    void addAccount(TenantId tenant, Account account);

    /** Removes an account that carries no voucher line (the caller checked). */
    void removeAccount(TenantId tenant, io.xinling.domain.accounting.AccountCode code);

    /** The payment methods the tenant mapped to accounts of its own (3.4 payment.method.account); the rest keep their defaults. */
    java.util.Map<io.xinling.domain.settlement.PaymentMethod, io.xinling.domain.accounting.AccountCode> paymentAccounts(
            TenantId tenant);

    void setPaymentAccount(TenantId tenant, io.xinling.domain.settlement.PaymentMethod method,
                           io.xinling.domain.accounting.AccountCode account);

    /** Every revision the tenant made of the built-in voucher templates (3.4), in any order; empty when none. */
    List<io.xinling.domain.accounting.generation.TemplateRevision> templateRevisions(TenantId tenant);

    /**
     * Adds a revision of a voucher template (its version is new for that template) and gives the books a new
     * {@link Books#templatesVersion}, in the caller's transaction, which holds the books' exclusive lock.
     */
    void addTemplateRevision(TenantId tenant, io.xinling.domain.accounting.generation.TemplateRevision revision, Instant at,
                             UserId by);

    /** Logs the close with the watermark it replaced, so a reopen restores it. */
    void recordClose(TenantId tenant, CloseRecord close, Instant at, UserId by);

    /**
     * Records the waivers a close applied, at the close's instant; they stay as history after a reopen (a later close of
     * the period records its own).
     */
    void recordWaivers(TenantId tenant, YearMonth period, List<io.xinling.domain.accounting.CloseWaiver> waivers, Instant at);

    /** The waivers recorded with the close of {@code period} that stands now; empty when it is open. */
    List<io.xinling.domain.accounting.CloseWaiver> waivers(TenantId tenant, YearMonth period);

    /** Removes the close of {@code period} (logging who reopened it and why) and returns it. */
    Optional<CloseRecord> removeClose(TenantId tenant, YearMonth period, Instant at, UserId by, String reason);

    /** A close: its period, the watermark before it, and the carry-forward voucher it posted. */
    record CloseRecord(YearMonth period, Optional<YearMonth> previousClosedThrough, Optional<VoucherId> carryForward) {
    }
}
