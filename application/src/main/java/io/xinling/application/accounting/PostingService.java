package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.application.accounting.port.PostingStore;
import io.xinling.application.accounting.port.VoucherRepository;
import io.xinling.application.port.Transactor;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.Books;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherOrigin;
import io.xinling.domain.accounting.VoucherRules;
import io.xinling.domain.accounting.VoucherStatus;
import io.xinling.domain.kernel.BusinessDates;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Posting moves the ledgers: balances change in the same transaction as the voucher's status. */
public final class PostingService implements PostVoucherUseCase {

    /**
     * Posting transactions of one tenant's grouped drafts running at once. One: the drafts that arrive while a group is
     * written wait and go together in the next, so a group is larger and each draft pays less of a transaction (a
     * round trip for the reads, one for the writes and the commit). In {@code voucher-post-http} two writers per service
     * gave groups of about 2.6 drafts and took about a third more CPU per draft than one writer.
     */
    static final int GROUP_WRITERS = 1;
    /** The most drafts posted in one transaction. */
    static final int GROUP_SIZE = 64;

    private final Transactor transactor;
    private final BooksAccess books;
    private final VoucherRepository vouchers;
    private final PostingStore store;
    /** A queue per tenant: a tenant waiting on its books' lock (a close) holds up no other tenant's posts. */
    private final Map<TenantId, GroupCommit<PostRequest, Outcome>> groups = new ConcurrentHashMap<>();

    PostingService(Transactor transactor, BooksAccess books, VoucherRepository vouchers, PostingStore store) {
        this.transactor = transactor;
        this.books = books;
        this.vouchers = vouchers;
        this.store = store;
    }

    /**
     * Posts a draft. Outside any transaction of the caller's, the draft joins the drafts of its tenant that concurrent
     * callers post at the same moment, in one transaction ({@link GroupCommit}): one round trip reads the books and the
     * drafts under their locks, and one writes the drafts' status and the balances and commits, for all of them. Each caller still gets its
     * own answer: a draft refused is left out and written by nobody, and when the group's transaction fails as a whole,
     * each of its drafts is posted again in a transaction of its own, so a failure reaches only the caller whose draft
     * causes it. Inside a transaction of the caller's, the draft is posted in that transaction.
     */
    @Override
    public Either<AccountingError, Voucher> post(TenantId tenant, VoucherId id, UserId reviewer) {
        PostRequest request = new PostRequest(tenant, id, reviewer);
        if (transactor.inProgress()) {
            return postAlone(request);
        }
        Outcome outcome = groups.computeIfAbsent(tenant, t -> new GroupCommit<>(GROUP_WRITERS, GROUP_SIZE, g -> postGroup(t, g)))
                .submit(request);
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.result();
    }

    private record PostRequest(TenantId tenant, VoucherId id, UserId reviewer) {
    }

    /** A result, or the exception that the post threw. */
    private record Outcome(Either<AccountingError, Voucher> result, RuntimeException failure) {
    }

    private Either<AccountingError, Voucher> postAlone(PostRequest r) {
        return transactor.inTransaction(() -> postTogether(r.tenant(), List.of(r)).get(0));
    }

    /** A group of one tenant's drafts in one transaction; each of them on its own when that transaction fails. */
    private List<Outcome> postGroup(TenantId tenant, List<PostRequest> requests) {
        if (requests.size() == 1) {
            return List.of(alone(requests.get(0)));
        }
        List<Either<AccountingError, Voucher>> results;
        try {
            results = transactor.<AccountingError, List<Either<AccountingError, Voucher>>>inTransaction(
                    () -> Either.right(postTogether(tenant, requests))).get();
        } catch (RuntimeException e) {
            results = null;
        }
        List<Outcome> outcomes = new ArrayList<>(requests.size());
        for (int k = 0; k < requests.size(); k++) {
            outcomes.add(results == null ? alone(requests.get(k)) : new Outcome(results.get(k), null));
        }
        return outcomes;
    }

    private Outcome alone(PostRequest r) {
        try {
            return new Outcome(postAlone(r), null);
        } catch (RuntimeException e) {
            return new Outcome(null, e);
        }
    }

    /** Posts the drafts of one tenant's requests in the caller's transaction; a refused draft writes nothing. */
    private List<Either<AccountingError, Voucher>> postTogether(TenantId tenant, List<PostRequest> requests) {
        List<VoucherId> ids = requests.stream().map(PostRequest::id).toList();
        PostingStore.Locked locked = store.lock(tenant, ids).orElseGet(() -> {
            books.shared(tenant); // seeds the books of a tenant that has none yet
            return store.lock(tenant, ids).orElseThrow();
        });
        Books open = locked.books();
        Map<VoucherId, Voucher> current = new HashMap<>();
        for (Voucher v : locked.vouchers()) {
            current.put(v.id(), v);
        }
        List<Either<AccountingError, Voucher>> results = new ArrayList<>(requests.size());
        List<Voucher> posted = new ArrayList<>(requests.size());
        for (PostRequest r : requests) {
            Voucher v = current.get(r.id());
            Either<AccountingError, Voucher> result = v == null ? Either.left(new AccountingError.VoucherNotFound(r.id().value()))
                    : postable(tenant, open, v, r.reviewer());
            // a draft named twice in a group is posted by the first request and found posted by the second
            result.forEach(p -> {
                current.put(p.id(), p);
                posted.add(p);
            });
            results.add(result);
        }
        if (!posted.isEmpty()) {
            store.post(tenant, posted);
        }
        return results;
    }

    /** The draft {@code v} as posted by {@code reviewer}, or why it cannot be. */
    private Either<AccountingError, Voucher> postable(TenantId tenant, Books open, Voucher v, UserId reviewer) {
        if (v.status() != VoucherStatus.DRAFT) {
            return Either.left(new AccountingError.IllegalTransition(v.id().value(), v.status(), "post"));
        }
        return open.requireOpen(v.date())
                .filterOrElse(d -> open.allowSelfReview() || !v.preparer().equals(reviewer),
                        d -> new AccountingError.SelfReview(v.id().value()))
                .flatMap(d -> VoucherRules.check(books.chart(tenant, open), v.lines()))
                .map(lines -> v.withStatus(VoucherStatus.POSTED, Optional.of(reviewer)));
    }

    @Override
    public Either<AccountingError, Voucher> reverse(TenantId tenant, VoucherId id, LocalDate date, UserId preparer) {
        if (date == null) {
            return Either.left(new AccountingError.InvalidField("date", "a date is required"));
        }
        if (!BusinessDates.isSupported(date)) {
            return Either.left(new AccountingError.InvalidField("date", BusinessDates.range()));
        }
        return transactor.inTransaction(() -> books.shared(tenant).requireOpen(date)
                .flatMap(d -> locked(tenant, id))
                .filterOrElse(v -> v.status() == VoucherStatus.POSTED,
                        v -> new AccountingError.IllegalTransition(v.id().value(), v.status(), "reverse"))
                .filterOrElse(v -> v.origin() != VoucherOrigin.CARRY_FORWARD, v -> new AccountingError.IllegalTransition(
                        v.id().value(), v.status(), "reverse a carry-forward voucher; reopen its period instead"))
                // a reopen removes the period-end vouchers of the close, which a reversal would still point at
                .filterOrElse(v -> !PeriodService.isPeriodEnd(v), v -> new AccountingError.IllegalTransition(
                        v.id().value(), v.status(), "reverse a period-end voucher; reopen its period instead"))
                // a document's voucher stays with its document: a reversal alone would part the books from the stock and
                // partner subledgers (I-4, I-15); cancelling the document generates the reversal
                .filterOrElse(v -> v.origin() != VoucherOrigin.GENERATED, v -> new AccountingError.IllegalTransition(
                        v.id().value(), v.status(), "reverse a voucher generated from " + v.provenance()
                                .map(p -> p.sourceType() + " " + p.sourceId()).orElse("a document")
                                + "; cancel that document instead, which reverses its voucher"))
                .filterOrElse(v -> vouchers.reversalOf(tenant, v.id()).isEmpty(),
                        v -> new AccountingError.AlreadyReversed(v.id().value()))
                // a correction follows what it corrects: a reversal dated before its voucher would undo it in a month
                // in which it was never booked
                .filterOrElse(v -> !date.isBefore(v.date()), v -> new AccountingError.InvalidField("date",
                        "a reversal is dated on or after the voucher it reverses (" + v.date() + ")"))
                .map(original -> insertReversal(tenant, original, date, preparer)));
    }

    private Voucher insertReversal(TenantId tenant, Voucher original, LocalDate date, UserId preparer) {
        List<VoucherLine> lines = original.lines().stream()
                .map(line -> line.redInk(("冲销" + original.display() + " " + line.summary()).strip())).toList();
        int number = vouchers.reserveNumbers(tenant, YearMonth.from(date), original.word(), 1);
        Voucher reversal = new Voucher(vouchers.newIds(1).get(0), original.word(), number, date, 0, VoucherStatus.DRAFT,
                VoucherOrigin.REVERSAL, preparer, Optional.empty(), lines, Optional.of(original.id()), Optional.empty());
        vouchers.insert(tenant, List.of(reversal));
        return reversal;
    }

    private Either<AccountingError, Voucher> locked(TenantId tenant, VoucherId id) {
        return vouchers.lock(tenant, id).<Either<AccountingError, Voucher>>map(Either::right)
                .orElseGet(() -> Either.left(new AccountingError.VoucherNotFound(id.value())));
    }

}
