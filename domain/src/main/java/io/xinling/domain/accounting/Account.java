package io.xinling.domain.accounting;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** One account of a tenant's chart: its direction, its class and the dimensions every line on it must carry. */
public record Account(AccountCode code, String name, AccountType type, Direction direction, Set<Dimension> requiredDimensions) {

    public Account {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(direction, "direction");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("account name required");
        }
        requiredDimensions = requiredDimensions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(requiredDimensions));
    }

    public boolean isProfitAndLoss() {
        return type == AccountType.PROFIT_AND_LOSS;
    }
}
