package io.xinling.archfixtures.floatingpoint.domain;

import java.math.BigDecimal;

/** Allowed: exact types. */
public record UsesExactTypes(long minor, BigDecimal rate) {
}
