package io.xinling.application.trade;

import io.vavr.control.Either;
import io.xinling.application.partner.CreditUseCase;
import io.xinling.application.port.Transactor;
import io.xinling.application.trade.port.TradeDocumentRepository;
import io.xinling.domain.kernel.TenantId;

import java.util.Set;
import java.util.function.Function;

/** Approves, releases and cancels orders, each in one transaction on the locked order row. */
public final class TradeOrderService implements TradeOrderUseCases {

    private static final String OVER_LIMIT = "partner.credit-limit-exceeded";

    private final Transactor transactor;
    private final TradeDocumentRepository documents;
    private final TradeDocumentUseCases views;
    private final CreditUseCase credit;

    public TradeOrderService(Transactor transactor, TradeDocumentRepository documents, TradeDocumentUseCases views,
                             CreditUseCase credit) {
        this.transactor = transactor;
        this.documents = documents;
        this.views = views;
        this.credit = credit;
    }

    @Override
    public Either<TradeDocumentError, TradeDocumentView> approve(TenantId tenant, TradeKind kind, long id) {
        return transition(tenant, kind, id, Set.of(TradeStatus.DRAFT), "approved", order -> kind == TradeKind.SALES_ORDER
                ? creditCheck(tenant, order) : Either.right(TradeStatus.APPROVED));
    }

    @Override
    public Either<TradeDocumentError, TradeDocumentView> release(TenantId tenant, TradeKind kind, long id) {
        return transition(tenant, kind, id, Set.of(TradeStatus.HELD), "released", order -> Either.right(TradeStatus.APPROVED));
    }

    @Override
    public Either<TradeDocumentError, TradeDocumentView> cancel(TenantId tenant, TradeKind kind, long id) {
        return transition(tenant, kind, id, Set.of(TradeStatus.DRAFT, TradeStatus.HELD, TradeStatus.APPROVED), "cancelled",
                order -> Either.right(TradeStatus.CANCELLED));
    }

    private Either<TradeDocumentError, TradeDocumentView> transition(
            TenantId tenant, TradeKind kind, long id, Set<TradeStatus> from, String action,
            Function<TradeDocument, Either<TradeDocumentError, TradeStatus>> to) {
        return transactor.inTransaction(() -> documents.lock(tenant, id).filter(d -> d.draft().kind() == kind)
                        .<Either<TradeDocumentError, TradeDocument>>map(Either::right)
                        .orElseGet(() -> Either.left(new TradeDocumentError.NotFound(kind.wire(), id)))
                        .filterOrElse(d -> from.contains(d.status()),
                                d -> new TradeDocumentError.IllegalStatus(id, d.status().wire(), action))
                        .flatMap(to)
                        .peek(status -> documents.setStatus(tenant, id, status)))
                .flatMap(status -> views.get(tenant, kind, id));
    }

    /** Within the customer's credit limit: approved; over it: held for approval (the hold is committed). */
    private Either<TradeDocumentError, TradeStatus> creditCheck(TenantId tenant, TradeDocument order) {
        return order.draft().amounts().<TradeDocumentError>mapLeft(TradeDocumentError.Refused::new)
                .flatMap(amounts -> credit.checkOrder(tenant, order.draft().partner(), amounts.bookGross()).fold(
                        e -> OVER_LIMIT.equals(e.code()) ? Either.right(TradeStatus.HELD)
                                : Either.left(TradeDocumentError.of(e)),
                        headroom -> Either.right(TradeStatus.APPROVED)));
    }
}
