package io.xinling.domain.accounting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Auxiliary dimensions (辅助核算) a voucher line may carry, 3.3. {@link #CASH_FLOW} is the 现金流量项目 of a line
 * on a cash account (a {@link CashFlowItem} code); it is last so that the keys of the others never change.
 */
public enum Dimension {
    CUSTOMER, SUPPLIER, DEPARTMENT, EMPLOYEE, PROJECT, ITEM, WAREHOUSE, BRANCH, MEMBER, CASH_FLOW;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Dimension> fromWireName(String name) {
        return Arrays.stream(values()).filter(d -> d.wireName().equals(name)).findFirst();
    }
}
