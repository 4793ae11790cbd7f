package io.xinling.archfixtures.bigdecimal;

import java.math.BigDecimal;

/** new BigDecimal(0.1) is 0.1000000000000000055511151231257827021181583404541015625. */
public final class MakesABigDecimalFromADouble {

    public BigDecimal tenth() {
        return new BigDecimal(0.1);
    }
}
