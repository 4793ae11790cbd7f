package io.xinling.domain.accounting;

import io.vavr.control.Either;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of a dimension register (3.3 辅助核算): a project, department, employee, branch or member a voucher line may
 * name by its code. Customers and suppliers are partners, items SKUs and warehouses warehouses: their own registers.
 */
public record DimensionValue(Dimension dimension, String code, String name) {

    public static final int MAX_CODE = 40;
    public static final int MAX_NAME = 60;

    /** The dimensions whose values live in a register of the books. */
    public static final Set<Dimension> REGISTERED = EnumSet.of(Dimension.PROJECT, Dimension.DEPARTMENT, Dimension.EMPLOYEE,
            Dimension.BRANCH, Dimension.MEMBER);

    public DimensionValue {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!REGISTERED.contains(dimension)) {
            throw new IllegalArgumentException("no register of " + dimension);
        }
    }

    /** A registered dimension by its wire name, or why not. */
    public static Either<AccountingError, Dimension> registered(String wireName) {
        return Dimension.fromWireName(wireName == null ? "" : wireName).filter(REGISTERED::contains)
                .<Either<AccountingError, Dimension>>map(Either::right)
                .orElseGet(() -> Either.left(new AccountingError.InvalidField("dimension",
                        "one of project, department, employee, branch, member (customers and suppliers are partners,"
                                + " items SKUs, warehouses warehouses)")));
    }

    /** A new entry: a code of 1 to 40 characters without spaces, a name of 1 to 60. */
    public static Either<AccountingError, DimensionValue> of(Dimension dimension, String code, String name) {
        if (code == null || code.isBlank() || code.strip().length() > MAX_CODE || code.strip().chars().anyMatch(Character::isWhitespace)) {
            return Either.left(new AccountingError.InvalidField("code", "1 to " + MAX_CODE + " characters without spaces"));
        }
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            return Either.left(new AccountingError.InvalidField("name", "1 to " + MAX_NAME + " characters"));
        }
        return Either.right(new DimensionValue(dimension, code.strip(), name.strip()));
    }
}
