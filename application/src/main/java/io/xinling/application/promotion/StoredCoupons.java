package io.xinling.application.promotion;

import io.vavr.control.Either;
import io.xinling.application.promotion.port.CouponRepository;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.NotApplied;
import io.xinling.domain.promotion.PricingContext;
import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.coupon.Coupon;
import io.xinling.domain.promotion.coupon.CouponCode;
import io.xinling.domain.promotion.coupon.CouponRedemption;
import io.xinling.domain.promotion.coupon.CouponType;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Presented codes looked up in the tenant's coupons, without locks: validity is judged at the ticket time, read in
 * the business's zone. Reading never changes a coupon; a reservation locks the ones it applies.
 */
public final class StoredCoupons implements PresentedCoupons {

    private final CouponRepository coupons;
    private final ZoneId zone;

    public StoredCoupons(CouponRepository coupons, ZoneId zone) {
        this.coupons = coupons;
        this.zone = zone;
    }

    @Override
    public Resolved resolve(TenantId tenant, PricingContext context, Set<String> schemeCodes, Optional<Long> member,
                            Optional<String> orderRef) {
        Instant at = context.ticketTime().atZone(zone).toInstant();
        List<Scheme> schemes = new ArrayList<>();
        List<NotApplied> refused = new ArrayList<>();
        Set<String> codes = new TreeSet<>();
        Map<Long, CouponType> types = new HashMap<>();
        for (String typed : new TreeSet<>(context.couponCodes())) {
            if (schemeCodes.contains(typed)) {
                continue;
            }
            Optional<Coupon> coupon = CouponCode.parse(typed).toJavaOptional().flatMap(code -> coupons.find(tenant, code));
            if (coupon.isEmpty()) {
                refused.add(CouponRedemption.unknown(typed));
                continue;
            }
            Coupon c = coupon.get();
            if (!codes.add(c.code().value())) {
                continue;
            }
            CouponType type = types.computeIfAbsent(c.typeId(), id -> coupons.findType(tenant, id).orElseThrow());
            Either<NotApplied, Scheme> checked = CouponRedemption.check(c, type, at, member, orderRef);
            checked.peek(schemes::add).peekLeft(refused::add);
        }
        return new Resolved(schemes, refused, codes);
    }
}
