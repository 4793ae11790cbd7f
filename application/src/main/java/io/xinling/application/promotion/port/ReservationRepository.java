package io.xinling.application.promotion.port;

import io.xinling.application.promotion.quota.Claim;
import io.xinling.application.promotion.quota.CounterKey;
import io.xinling.application.promotion.quota.Reservation;
import io.xinling.domain.kernel.TenantId;

import java.time.Instant;
import java.util.Collection;
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

    /** Saves a new reservation with its holds and schemes; empty when the order already has a live one. */
    Optional<Reservation> insert(TenantId tenant, Reservation reservation);

    Optional<Reservation> find(TenantId tenant, long id);

    /** The reservation with a row lock held until the transaction ends. */
    Optional<Reservation> lock(TenantId tenant, long id);

    /** Held reservations due at {@code now}, locked, skipping any another transaction has locked. */
    List<Reservation> lockDue(TenantId tenant, Instant now, int limit);

    void setStatus(TenantId tenant, long id, Reservation.Status status, Instant at);
}
