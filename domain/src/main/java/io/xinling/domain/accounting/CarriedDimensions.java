package io.xinling.domain.accounting;

import io.vavr.control.Either;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which auxiliary dimensions an account carries (3.3): its required ones plus the optional ones of the table, by the
 * nearest listed ancestor. A hand-entered line may carry no other: a dimension its account does not keep would show
 * in a filtered trial balance as a slice of one side only.
 */
public final class CarriedDimensions {

    private static final Map<String, Set<Dimension>> OPTIONAL = Map.ofEntries(
            Map.entry("1122", EnumSet.of(Dimension.CUSTOMER, Dimension.PROJECT, Dimension.EMPLOYEE)),
            Map.entry("220301", EnumSet.of(Dimension.CUSTOMER, Dimension.PROJECT, Dimension.EMPLOYEE)),
            Map.entry("220302", EnumSet.of(Dimension.MEMBER, Dimension.WAREHOUSE)),
            Map.entry("2202", EnumSet.of(Dimension.SUPPLIER, Dimension.PROJECT)),
            Map.entry("1123", EnumSet.of(Dimension.SUPPLIER, Dimension.PROJECT)),
            Map.entry("1221", EnumSet.of(Dimension.EMPLOYEE, Dimension.BRANCH, Dimension.DEPARTMENT)),
            Map.entry("2241", EnumSet.of(Dimension.EMPLOYEE, Dimension.BRANCH, Dimension.DEPARTMENT)),
            Map.entry("1403", EnumSet.of(Dimension.ITEM, Dimension.WAREHOUSE, Dimension.BRANCH)),
            Map.entry("1405", EnumSet.of(Dimension.ITEM, Dimension.WAREHOUSE, Dimension.BRANCH)),
            Map.entry("1408", EnumSet.of(Dimension.ITEM, Dimension.WAREHOUSE, Dimension.BRANCH)),
            Map.entry("1411", EnumSet.of(Dimension.ITEM, Dimension.WAREHOUSE, Dimension.BRANCH)),
            Map.entry("5001", EnumSet.of(Dimension.WAREHOUSE, Dimension.CUSTOMER)),
            Map.entry("5401", EnumSet.of(Dimension.WAREHOUSE, Dimension.CUSTOMER)),
            Map.entry("5601", EnumSet.of(Dimension.DEPARTMENT, Dimension.EMPLOYEE, Dimension.PROJECT)),
            Map.entry("5602", EnumSet.of(Dimension.DEPARTMENT, Dimension.EMPLOYEE, Dimension.PROJECT)),
            Map.entry("1001", EnumSet.of(Dimension.CASH_FLOW)),
            Map.entry("1002", EnumSet.of(Dimension.CASH_FLOW)),
            Map.entry("1012", EnumSet.of(Dimension.CASH_FLOW)),
            Map.entry("1601", EnumSet.of(Dimension.DEPARTMENT)),
            Map.entry("1602", EnumSet.of(Dimension.DEPARTMENT)));

    private CarriedDimensions() {
    }

    /** The required dimensions of the account plus the optional ones of its nearest listed ancestor (itself included). */
    public static Set<Dimension> of(Account account) {
        Set<Dimension> carried = EnumSet.noneOf(Dimension.class);
        carried.addAll(account.requiredDimensions());
        String code = account.code().value();
        for (int length = code.length(); length >= AccountCode.TOP_LENGTH; length -= 2) {
            Set<Dimension> optional = OPTIONAL.get(code.substring(0, length));
            if (optional != null) {
                carried.addAll(optional);
                break;
            }
        }
        return carried;
    }

    /** Refuses the first line (by index) with a dimension its leaf account does not carry. */
    public static Either<AccountingError, List<VoucherLine>> check(ChartOfAccounts chart, List<VoucherLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            VoucherLine line = lines.get(i);
            Account account = chart.find(line.account()).getOrNull();
            if (account == null) {
                continue;
            }
            Set<Dimension> carried = of(account);
            for (Dimension d : line.dimensions().values().keySet()) {
                if (!carried.contains(d)) {
                    return Either.left(new AccountingError.InvalidField("lines[" + i + "].dimensions." + d.wireName(),
                            "account " + account.code().value() + " does not carry the " + d.wireName()
                                    + " dimension (it carries " + (carried.isEmpty() ? "none" : names(carried)) + ")"));
                }
            }
        }
        return Either.right(lines);
    }

    private static String names(Set<Dimension> dims) {
        return String.join(", ", dims.stream().map(Dimension::wireName).toList());
    }
}
