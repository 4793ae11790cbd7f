package io.xinling.web.promotion;

import io.xinling.application.promotion.CouponBatch;
import io.xinling.domain.promotion.coupon.Coupon;
import io.xinling.domain.promotion.coupon.CouponType;
import io.xinling.domain.promotion.coupon.Validity;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

import java.time.Instant;

/** Read models of coupons. The flat batch is mapped by MapStruct; the others unpack optionals by hand. */
@Mapper
interface CouponMapper {

    CouponMapper INSTANCE = Mappers.getMapper(CouponMapper.class);

    CouponDtos.BatchResponse toResponse(CouponBatch batch);

    default CouponDtos.CouponTypeResponse toResponse(CouponType t) {
        Validity.Window window = t.validity() instanceof Validity.Fixed f ? f.window() : null;
        Integer days = t.validity() instanceof Validity.DaysFromIssue d ? d.days() : null;
        return new CouponDtos.CouponTypeResponse(t.id(), t.name(), t.kind().wireName(), t.parameters(),
                window == null ? null : window.from(), window == null ? null : window.to(), days,
                t.holdLimit().orElse(null), t.transferable(), t.returnable(), t.faceValue().format(),
                t.faceValue().currency().getCurrencyCode());
    }

    /** The coupon as it stands {@code now}: a lock that ran out shows as free, without its order. */
    default CouponDtos.CouponResponse toResponse(Coupon stored, Instant now) {
        Coupon c = stored.asOf(now);
        return new CouponDtos.CouponResponse(c.code().value(), c.typeId(), c.batchId(), c.state().wireName(),
                c.owner().orElse(null), c.window().map(Validity.Window::from).orElse(null),
                c.window().map(Validity.Window::to).orElse(null), c.order().orElse(null), c.lockedUntil().orElse(null));
    }
}
