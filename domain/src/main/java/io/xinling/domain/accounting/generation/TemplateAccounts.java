package io.xinling.domain.accounting.generation;

import io.xinling.domain.accounting.AccountCode;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The leaf accounts the built-in voucher templates and the close post to by code (spec 4; the payment methods'
 * accounts of 3.4 {@code payment.method.account} included). A sub-account under one of them would turn it into a
 * parent, and every posting of that kind would fail ("has sub-accounts"), so the chart refuses such a sub-account, except
 * below the accounts only payment methods post to, which a tenant maps to its own leaves ({@code PaymentAccounts}).
 */
public final class TemplateAccounts {

    private static final Set<AccountCode> POSTED = Stream.of(
            "1001", "1002", "101201", "101202", "1122", "1123", "122102", "1405", "190101", "220201", "220202", "220301",
            "222101", "22210101", "22210102", "22210103", "22210104", "22210105", "22210106", "22210107", "222102", "222103",
            "222104", "222105", "224102", "3103", "310401", "5001", "5301", "5401", "5403", "560302", "5711")
            .map(AccountCode::of).collect(Collectors.toUnmodifiableSet());

    private TemplateAccounts() {
    }

    public static boolean isPostedByTemplates(AccountCode code) {
        return POSTED.contains(code);
    }

    public static Set<AccountCode> all() {
        return POSTED;
    }
}
