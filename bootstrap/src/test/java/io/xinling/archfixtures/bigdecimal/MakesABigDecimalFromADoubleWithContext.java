package io.xinling.archfixtures.bigdecimal;

import java.math.BigDecimal;
import java.math.MathContext;

/** The same with a MathContext. */
public final class MakesABigDecimalFromADoubleWithContext {

    public BigDecimal tenth() {
        return new BigDecimal(0.1, MathContext.DECIMAL64);
    }
}
