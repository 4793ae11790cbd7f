package io.xinling.domain.promotion.returns;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;

/**
 * What a return did to one gift line: the units handed back now, the value withheld now (the customer keeps a gift
 * whose condition the return broke), and the value withheld by an earlier return that is paid back now the gift came
 * back. A caller that keeps returns records it, so a later return neither withholds it twice nor keeps it.
 */
public record GiftReturn(int lineNo, Quantity handedBack, Money withheld, Money released) {
}
