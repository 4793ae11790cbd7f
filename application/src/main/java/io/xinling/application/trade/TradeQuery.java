package io.xinling.application.trade;

import io.xinling.domain.partner.PartnerId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A page of one kind of document, newest date first, filtered by partner, status, date range, warehouse and number. */
public record TradeQuery(TradeKind kind, Optional<PartnerId> partner, Optional<TradeStatus> status,
                         Optional<LocalDate> from, Optional<LocalDate> to, Optional<Long> warehouse,
                         Optional<String> number, int limit, int offset) {

    public static final int MAX_LIMIT = 200;

    public TradeQuery {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(warehouse, "warehouse");
        Objects.requireNonNull(number, "number");
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException("need 1 <= limit <= 200 and offset >= 0");
        }
    }
}
