package io.xinling.domain.partner;

import io.xinling.domain.kernel.Money;

import java.util.Optional;

/** An order that fits: the exposure after it and what is left under the limit (empty when unlimited). */
public record CreditHeadroom(Optional<Money> limit, Money exposure, Money order, Money exposureAfter,
                             Optional<Money> remaining) {
}
