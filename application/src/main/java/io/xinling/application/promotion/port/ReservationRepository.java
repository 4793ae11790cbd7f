package io.xinling.application.promotion.port;

import io.xinling.application.promotion.quota.Claim;
import io.xinling.application.promotion.quota.CounterKey;
import io.xinling.application.promotion.quota.Reservation;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.returns.RefundResult;
import io.xinling.domain.promotion.returns.PriorReturn;

import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Counters of limited scheme resources and the reservations that hold parts of them. */
public interface ReservationRepository {

    /** What is taken (held + confirmed) of each counter; a counter never claimed is absent. */
    Map<CounterKey, Long> used(TenantId tenant, Collection<CounterKey> keys);

    /**
     * What is taken of each counter as of {@code now}, without changing anything: {@link #used} less what held
     * reservations due at {@code now} (not yet swept) still hold of it.
     */
    Map<CounterKey, Long> usedAsOf(TenantId tenant, Collection<CounterKey> keys, Instant now);

    /** Raises a counter by the claim's amount in one conditional update; false (nothing changed) past the limit. */
    boolean claim(TenantId tenant, Claim claim);

    /** Gives back what a reservation held of a counter. */
    void unclaim(TenantId tenant, CounterKey key, long amount);

    /**
     * Saves a new reservation with its holds, its schemes and the order as it was priced (opaque text of the caller's
     * adapter, if given); empty when the order already has a live one.
     */
    Optional<Reservation> insert(TenantId tenant, Reservation reservation, Optional<String> pricedOrder);

    Optional<Reservation> find(TenantId tenant, long id);

    /** The paid (confirmed) reservation of an order, if any, with a row lock held until the transaction ends. */
    Optional<Reservation> lockConfirmed(TenantId tenant, String orderRef);

    /** The reservation with a row lock held until the transaction ends. */
    Optional<Reservation> lock(TenantId tenant, long id);

    /** Held reservations due at {@code now}, locked, skipping any another transaction has locked. */
    List<Reservation> lockDue(TenantId tenant, Instant now, int limit);

    void setStatus(TenantId tenant, long id, Reservation.Status status, Instant at);

    /** The order as it was priced, if the reservation kept it. */
    Optional<String> pricedOrder(TenantId tenant, long id);

    /** What the returns against the reservation took so far, per line number. */
    Map<Integer, PriorReturn> returned(TenantId tenant, long id, Currency currency);

    /** Records one more return against the reservation: what it took of each line, and what it did to each gift line. */
    void addReturn(TenantId tenant, long id, RefundResult refund, Instant at);
}
