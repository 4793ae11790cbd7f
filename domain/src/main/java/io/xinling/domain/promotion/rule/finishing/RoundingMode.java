package io.xinling.domain.promotion.rule.finishing;

import io.xinling.domain.promotion.rule.*;

/**
 * 抹零 modes (spec 2.39): truncate to 0.10 (抹分) or 1.00 (抹角), half up to 0.10 or 1.00, ceiling to 0.10
 * (见分进角) or 1.00 (见角进元). Maps onto the kernel's {@code SmallChangeRounding}.
 */
public enum RoundingMode {
    TRUNCATE_FEN(io.xinling.domain.kernel.SmallChangeRounding.TRUNCATE_TENTH),
    TRUNCATE_JIAO(io.xinling.domain.kernel.SmallChangeRounding.TRUNCATE_UNIT),
    HALF_UP_JIAO(io.xinling.domain.kernel.SmallChangeRounding.HALF_UP_TENTH),
    HALF_UP_YUAN(io.xinling.domain.kernel.SmallChangeRounding.HALF_UP_UNIT),
    CEIL_JIAO(io.xinling.domain.kernel.SmallChangeRounding.CEILING_TENTH),
    CEIL_YUAN(io.xinling.domain.kernel.SmallChangeRounding.CEILING_UNIT);

    private final io.xinling.domain.kernel.SmallChangeRounding kernel;

    RoundingMode(io.xinling.domain.kernel.SmallChangeRounding kernel) {
        this.kernel = kernel;
    }

    public io.xinling.domain.kernel.SmallChangeRounding kernel() {
        return kernel;
    }
}
