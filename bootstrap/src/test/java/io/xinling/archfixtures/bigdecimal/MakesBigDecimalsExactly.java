package io.xinling.archfixtures.bigdecimal;

import java.math.BigDecimal;

/** Allowed: from a string, a long or valueOf. */
public final class MakesBigDecimalsExactly {

    public BigDecimal tenth() {
        return new BigDecimal("0.1").add(BigDecimal.valueOf(1, 1)).add(new BigDecimal(0L));
    }
}
