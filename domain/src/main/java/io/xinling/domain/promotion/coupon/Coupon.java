package io.xinling.domain.promotion.coupon;

import io.vavr.control.Either;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One code and where it stands (spec 3.12). Every action is a pure transition that either returns
 * the coupon after it or says why not; a lock past its time-to-live counts as released.
 */
public record Coupon(CouponCode code, long typeId, long batchId, CouponState state, Optional<Long> owner,
                     Optional<Validity.Window> window, Optional<String> order, Optional<Instant> lockedUntil) {

    public Coupon {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(lockedUntil, "lockedUntil");
    }

    public static Coupon generated(CouponCode code, long typeId, long batchId) {
        return new Coupon(code, typeId, batchId, CouponState.GENERATED, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** The state as of {@code at}: an issued coupon past its window is expired, a stale lock is released. */
    public CouponState stateAt(Instant at) {
        if (state == CouponState.LOCKED && lockedUntil.filter(until -> !at.isBefore(until)).isPresent()) {
            return expiredAt(at) ? CouponState.EXPIRED : CouponState.ISSUED;
        }
        if (state == CouponState.ISSUED && expiredAt(at)) {
            return CouponState.EXPIRED;
        }
        return state;
    }

    /** The coupon as it stands at {@code at}: a lock past its time-to-live shows no order and no lock any more. */
    public Coupon asOf(Instant at) {
        CouponState now = stateAt(at);
        if (state == CouponState.LOCKED && now != CouponState.LOCKED) {
            return with(now, owner, window, Optional.empty(), Optional.empty());
        }
        return now == state ? this : with(now, owner, window, order, lockedUntil);
    }

    public Either<CouponError, Coupon> issue(long member, Instant at, CouponType type) {
        if (stateAt(at) != CouponState.GENERATED) {
            return illegal(at, "issued");
        }
        Validity.Window w = type.validity().windowFor(at);
        return Either.right(with(CouponState.ISSUED, Optional.of(member), Optional.of(w), Optional.empty(), Optional.empty()));
    }

    public Either<CouponError, Coupon> reserve(String orderRef, Optional<Long> member, Instant at, Duration ttl,
                                               CouponType type) {
        CouponState now = stateAt(at);
        if (now == CouponState.LOCKED && order.filter(orderRef::equals).isPresent()) {
            return Either.right(with(CouponState.LOCKED, owner, window, order, Optional.of(at.plus(ttl))));
        }
        if (now == CouponState.LOCKED) {
            return Either.left(new CouponError.LockedByAnotherOrder(code.value()));
        }
        if (now != CouponState.ISSUED) {
            return illegal(at, "reserved");
        }
        Validity.Window w = window.orElseThrow();
        if (!w.contains(at)) {
            return Either.left(new CouponError.NotValidAt(code.value(), at, w.from(), w.to()));
        }
        if (!type.transferable() && owner.isPresent() && !owner.equals(member)) {
            return Either.left(new CouponError.NotOwner(code.value()));
        }
        return Either.right(with(CouponState.LOCKED, owner, window, Optional.of(orderRef), Optional.of(at.plus(ttl))));
    }

    public Either<CouponError, Coupon> redeem(String orderRef, Instant at) {
        if (stateAt(at) != CouponState.LOCKED || !order.filter(orderRef::equals).isPresent()) {
            return illegal(at, "redeemed by order " + orderRef);
        }
        return Either.right(with(CouponState.REDEEMED, owner, window, order, Optional.empty()));
    }

    public Either<CouponError, Coupon> release(String orderRef, Instant at) {
        if (state != CouponState.LOCKED || !order.filter(orderRef::equals).isPresent()) {
            return illegal(at, "released by order " + orderRef);
        }
        return Either.right(with(CouponState.ISSUED, owner, window, Optional.empty(), Optional.empty()));
    }

    public Either<CouponError, Coupon> voidIt(Instant at) {
        CouponState now = stateAt(at);
        if (now != CouponState.GENERATED && now != CouponState.ISSUED) {
            return illegal(at, "voided");
        }
        return Either.right(with(CouponState.VOIDED, owner, window, Optional.empty(), Optional.empty()));
    }

    /** A fully cancelled or returned order gives its coupon back, within validity, when the type allows. */
    public Either<CouponError, Coupon> giveBack(String orderRef, Instant at, CouponType type) {
        if (state != CouponState.REDEEMED || !order.filter(orderRef::equals).isPresent() || !type.returnable()) {
            return illegal(at, "given back for order " + orderRef);
        }
        if (expiredAt(at)) {
            Validity.Window w = window.orElseThrow();
            return Either.left(new CouponError.NotValidAt(code.value(), at, w.from(), w.to()));
        }
        return Either.right(with(CouponState.ISSUED, owner, window, Optional.empty(), Optional.empty()));
    }

    private boolean expiredAt(Instant at) {
        return window.filter(w -> !at.isBefore(w.to())).isPresent();
    }

    private Either<CouponError, Coupon> illegal(Instant at, String action) {
        return Either.left(new CouponError.IllegalTransition(code.value(), stateAt(at), action));
    }

    private Coupon with(CouponState s, Optional<Long> o, Optional<Validity.Window> w, Optional<String> ord,
                        Optional<Instant> until) {
        return new Coupon(code, typeId, batchId, s, o, w, ord, until);
    }
}
