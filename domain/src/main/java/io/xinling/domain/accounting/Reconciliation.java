package io.xinling.domain.accounting;

import io.xinling.domain.kernel.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * 5.1 step 5, hard failures of the close: a subledger equals the GL per key. I-4: the stock value per item = GL
 * 1403 + 1405 [item]; I-15: receivables per customer = GL 1122 + 220301 [customer], payables per supplier = −(GL 220201
 * + 1123) [supplier]. Subledgers are GL lines filtered by account and dimension (3.3), so a GL line the subledger does
 * not know of (a manual voucher on a control account, or one without the key dimension) shows here as a mismatch.
 */
public final class Reconciliation {

    /** A subledger's control accounts, its key dimension, and the sign that turns its balance into the GL's (debit +). */
    public record Control(String name, List<AccountCode> accounts, Dimension key, int sign) {

        public Control {
            accounts = List.copyOf(accounts);
        }

        boolean controls(AccountCode account) {
            return accounts.stream().anyMatch(account::isWithin);
        }
    }

    public static final Control STOCK = new Control("stock", List.of(AccountCode.of("1403"), AccountCode.of("1405")),
            Dimension.ITEM, 1);
    public static final Control RECEIVABLES = new Control("receivables",
            List.of(AccountCode.of("1122"), AccountCode.of("220301")), Dimension.CUSTOMER, 1);
    public static final Control PAYABLES = new Control("payables",
            List.of(AccountCode.of("220201"), AccountCode.of("1123")), Dimension.SUPPLIER, -1);

    /** The key of GL lines that lack the control's dimension. */
    public static final String WITHOUT_KEY = "(none)";

    private static final int MAX_REPORTED = 20;

    private Reconciliation() {
    }

    /**
     * The keys where {@code subledger} (the balance per key value as the subledger counts it) and the GL differ, as
     * "stock item=11: subledger 0.00, GL 10.00".
     *
     * @param glDetail balance rows through the date: per account ({@link DimensionValues#NONE}) and per dimension tuple
     */
    public static List<String> mismatches(Control control, Map<String, Money> subledger, List<BalanceRow> glDetail) {
        Map<String, Money> gl = glByKey(control, glDetail);
        Set<String> keys = new TreeSet<>(gl.keySet());
        keys.addAll(subledger.keySet());
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            Money expected = subledger.getOrDefault(key, Money.cny(0)).times(control.sign());
            Money actual = gl.getOrDefault(key, Money.cny(0));
            if (!expected.equals(actual)) {
                out.add(control.name() + " " + control.key().wireName() + "=" + key + ": subledger " + expected.format()
                        + ", GL " + actual.format());
            }
        }
        if (out.size() > MAX_REPORTED) {
            int more = out.size() - MAX_REPORTED;
            out = new ArrayList<>(out.subList(0, MAX_REPORTED));
            out.add("… and " + more + " more " + control.name() + " mismatch(es)");
        }
        return out;
    }

    /** The GL balance per key value; lines without the key dimension count under {@link #WITHOUT_KEY}. */
    static Map<String, Money> glByKey(Control control, List<BalanceRow> glDetail) {
        Map<String, Money> byKey = new TreeMap<>();
        Money total = Money.cny(0);
        Money keyed = Money.cny(0);
        for (BalanceRow row : glDetail) {
            if (!control.controls(row.account())) {
                continue;
            }
            if (row.dimensions().isEmpty()) {
                total = total.plus(row.net());
                continue;
            }
            String key = row.dimensions().values().getOrDefault(control.key(), WITHOUT_KEY);
            byKey.merge(key, row.net(), Money::plus);
            keyed = keyed.plus(row.net());
        }
        Money bare = total.minus(keyed);
        if (!bare.isZero()) {
            byKey.merge(WITHOUT_KEY, bare, Money::plus);
        }
        byKey.values().removeIf(Money::isZero);
        return byKey;
    }
}
