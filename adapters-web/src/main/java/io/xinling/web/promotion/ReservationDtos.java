package io.xinling.web.promotion;

import io.xinling.application.promotion.quota.Reservation;
import io.xinling.application.promotion.quota.ReservationResult;
import io.xinling.domain.kernel.Money;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** Bodies of the reservation routes: the order to price and hold limits for, and what is held. */
final class ReservationDtos {

    private ReservationDtos() {
    }

    /** {@code order} is a preview body without inline schemes; {@code expectedTotalDue} what the customer saw. */
    record ReserveRequest(String orderRef, Long memberId, Long ttlSeconds, String expectedTotalDue, PreviewRequest order) {
    }

    record Held(String schemeId, String resource, String subject, long amount) {
    }

    record Used(String schemeId, int version, Money benefit) {
    }

    /** A ticket time off the server's clock beyond the tolerance: the order was priced at {@code pricedAt} (spec 3.9). */
    record TicketTimeFlag(LocalDateTime given, LocalDateTime pricedAt, String reason) {
    }

    record ReservationResponse(long id, String orderRef, Long memberId, String status, Money totalDue, Instant expiresAt,
                               Instant createdAt, Instant updatedAt, List<Used> schemes, List<Held> held,
                               PreviewResponse priced, TicketTimeFlag ticketTimeFlag) {

        static ReservationResponse of(Reservation r) {
            return of(r, null, null);
        }

        static ReservationResponse of(ReservationResult result) {
            return of(result.reservation(), PreviewResponse.of(result.priced()), result.ticketTime()
                    .map(f -> new TicketTimeFlag(f.given(), f.pricedAt(), f.reason())).orElse(null));
        }

        private static ReservationResponse of(Reservation r, PreviewResponse priced, TicketTimeFlag flag) {
            return new ReservationResponse(r.id(), r.orderRef(), r.member().orElse(null),
                    r.status().name().toLowerCase(java.util.Locale.ROOT), r.totalDue(), r.expiresAt(), r.createdAt(),
                    r.updatedAt(), r.schemes().stream().map(s -> new Used(s.schemeId(), s.version(), s.benefit())).toList(),
                    r.held().entrySet().stream().map(e -> new Held(e.getKey().schemeId(), e.getKey().resource().wireName(),
                            e.getKey().subject(), e.getValue())).toList(), priced, flag);
        }
    }
}
