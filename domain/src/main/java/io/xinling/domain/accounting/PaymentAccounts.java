package io.xinling.domain.accounting;

import io.vavr.control.Either;
import io.xinling.domain.settlement.PaymentMethod;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 3.4 {@code payment.method.account}: the account a payment method's receipts and payments post to. By default cash
 * 1001, bank 1002, WeChat 101201, Alipay 101202; a tenant maps a method to one of its own leaves among the cash accounts
 * (1001, 1002, 1012: 3.3 keeps each bank account as a leaf below 1002, e.g. 100201 工商银行).
 */
public final class PaymentAccounts {

    public static final Map<PaymentMethod, AccountCode> DEFAULTS = Map.of(
            PaymentMethod.CASH, AccountCode.of("1001"), PaymentMethod.BANK, AccountCode.of("1002"),
            PaymentMethod.WECHAT, AccountCode.of("101201"), PaymentMethod.ALIPAY, AccountCode.of("101202"));

    private static final List<AccountCode> CASH = List.of(AccountCode.of("1001"), AccountCode.of("1002"), AccountCode.of("1012"));

    /**
     * The template accounts only the payment methods post to: a tenant may open sub-accounts below them (while they
     * carry no lines) and map the method there. 1001 stays a leaf, as assembly and disassembly post their fee to it.
     */
    private static final Set<AccountCode> OPEN_FOR_SUB_ACCOUNTS = Set.of(AccountCode.of("1002"), AccountCode.of("101201"),
            AccountCode.of("101202"));

    private PaymentAccounts() {
    }

    /** The defaults overlaid with a tenant's own mappings. */
    public static Map<PaymentMethod, AccountCode> of(Map<PaymentMethod, AccountCode> mapped) {
        Map<PaymentMethod, AccountCode> out = new EnumMap<>(DEFAULTS);
        out.putAll(mapped);
        return out;
    }

    public static boolean openForSubAccounts(AccountCode code) {
        return OPEN_FOR_SUB_ACCOUNTS.contains(code);
    }

    /** A method may post to a leaf of the chart within 1001, 1002 or 1012. */
    public static Either<AccountingError, AccountCode> check(ChartOfAccounts chart, PaymentMethod method, AccountCode code) {
        if (CASH.stream().noneMatch(code::isWithin)) {
            return Either.left(new AccountingError.InvalidPaymentAccount(method.name().toLowerCase(java.util.Locale.ROOT),
                    code.value(), "not a cash account (1001 库存现金, 1002 银行存款 or 1012 其他货币资金)"));
        }
        return chart.leaf(code).map(Account::code);
    }
}
