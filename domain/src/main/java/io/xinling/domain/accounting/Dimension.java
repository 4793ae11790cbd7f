package io.xinling.domain.accounting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Auxiliary dimensions (辅助核算) a voucher line may carry, 3.3. */
public enum Dimension {
    CUSTOMER, SUPPLIER, DEPARTMENT, EMPLOYEE, PROJECT, ITEM, WAREHOUSE, BRANCH, MEMBER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Dimension> fromWireName(String name) {
        return Arrays.stream(values()).filter(d -> d.wireName().equals(name)).findFirst();
    }
}
