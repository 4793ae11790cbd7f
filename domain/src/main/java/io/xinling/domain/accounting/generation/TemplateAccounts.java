package io.xinling.domain.accounting.generation;

import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.ChartOfAccounts;
import io.xinling.domain.accounting.VoucherLine;

import java.util.ArrayList;
import java.util.List;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The leaf accounts the built-in voucher templates and the close post to by code (spec 4; the payment methods'
 * accounts of 3.4 {@code payment.method.account} included). A sub-account under one of them would turn it into a
 * parent, and every posting of that kind would fail ("has sub-accounts"), so the chart refuses such a sub-account, except
 * below the accounts only payment methods post to, which a tenant maps to its own leaves ({@code PaymentAccounts}).
 * Templates name the detail of 5301, 5403 and 5711 the income statement's 其中 lines read (530199 其他, 540303
 * 城市维护建设税, 540310 教育费附加, 540311 地方教育附加, 571199 其他); a chart whose 5301, 5403 or 5711 is still a leaf
 * (books opened before those details, whose account already had lines) posts there instead
 * ({@link ChartOfAccounts#postingAccount}), so that leaf keeps refusing sub-accounts too ({@link #blocksSubAccountsOf}).
 */
public final class TemplateAccounts {

    private static final Set<AccountCode> POSTED = Stream.of(
            "1001", "1002", "101201", "101202", "1122", "1123", "122102", "1405", "190101", "220201", "220202", "220301",
            "222101", "22210101", "22210102", "22210103", "22210104", "22210105", "22210106", "22210107", "222102", "222103",
            "222104", "222105", "224102", "3103", "310401", "5001", "530199", "5401", "540303", "540310", "540311", "560302",
            "571199")
            .map(AccountCode::of).collect(Collectors.toUnmodifiableSet());

    private TemplateAccounts() {
    }

    public static boolean isPostedByTemplates(AccountCode code) {
        return POSTED.contains(code);
    }

    /**
     * Whether a sub-account under {@code parent} would take the leaf some template or the close posts to: {@code parent}
     * is a leaf of {@code chart} and a template account is {@code parent} or lies below it (falling back to it).
     */
    public static boolean blocksSubAccountsOf(ChartOfAccounts chart, AccountCode parent) {
        return chart.isLeaf(parent) && POSTED.stream().anyMatch(code -> code.isWithin(parent));
    }

    /**
     * The detail accounts templates and the close name that books opened before them may lack (their parent then
     * still the leaf these postings went to); any other code is booked as named, so an unknown one is refused.
     */
    private static final Set<AccountCode> DETAILS = Stream.of("530199", "540303", "540310", "540311", "571199")
            .map(AccountCode::of).collect(Collectors.toUnmodifiableSet());

    /**
     * {@code lines} with each detail account of {@link #DETAILS} resolved in {@code chart}
     * ({@link ChartOfAccounts#postingAccount}); the same list if none moves.
     */
    public static List<VoucherLine> resolved(ChartOfAccounts chart, List<VoucherLine> lines) {
        List<VoucherLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            VoucherLine line = lines.get(i);
            AccountCode account = DETAILS.contains(line.account()) ? chart.postingAccount(line.account()) : line.account();
            if (!account.equals(line.account()) && out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            if (out != null) {
                out.add(account.equals(line.account()) ? line : new VoucherLine(line.summary(), account, line.dimensions(),
                        line.debit(), line.credit(), line.foreign()));
            }
        }
        return out == null ? lines : List.copyOf(out);
    }

    public static Set<AccountCode> all() {
        return POSTED;
    }
}
