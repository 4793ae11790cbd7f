package io.xinling.domain.accounting;

import io.xinling.domain.kernel.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * 5.1 step 5, hard failures of the close: a subledger equals the GL per key. I-4: the stock value per item and
 * warehouse = GL 1403 + 1405 [item, warehouse] (a warehouse's stock booked under another warehouse, or under none, is a
 * mismatch even when the item's total agrees); I-15: receivables per customer = GL 1122 + 220301 [customer], payables per supplier = −(GL 220201
 * + 1123) [supplier]. Subledgers are GL lines filtered by account and dimension (3.3), so a GL line the subledger does
 * not know of (a manual voucher on a control account, or one without the key dimension) shows here as a mismatch.
 */
public final class Reconciliation {

    /** A subledger's control accounts, its key dimensions, and the sign that turns its balance into the GL's (debit +). */
    public record Control(String name, List<AccountCode> accounts, List<Dimension> keys, int sign) {

        public Control {
            accounts = List.copyOf(accounts);
            keys = List.copyOf(keys);
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("a control needs a key dimension");
            }
        }

        boolean controls(AccountCode account) {
            return accounts.stream().anyMatch(account::isWithin);
        }
    }

    public static final Control STOCK = new Control("stock", List.of(AccountCode.of("1403"), AccountCode.of("1405")),
            List.of(Dimension.ITEM, Dimension.WAREHOUSE), 1);
    public static final Control RECEIVABLES = new Control("receivables",
            List.of(AccountCode.of("1122"), AccountCode.of("220301")), List.of(Dimension.CUSTOMER), 1);
    public static final Control PAYABLES = new Control("payables",
            List.of(AccountCode.of("220201"), AccountCode.of("1123")), List.of(Dimension.SUPPLIER), -1);

    /** The key value of GL lines that lack one of the control's dimensions. */
    public static final String WITHOUT_KEY = "(none)";

    private static final int MAX_REPORTED = 20;

    private Reconciliation() {
    }

    /**
     * The keys where {@code subledger} (the balance per key value as the subledger counts it) and the GL differ, as
     * "receivables customer=11: subledger 0.00, GL 10.00"; for a control of one key dimension.
     *
     * @param glDetail balance rows through the date: per account ({@link DimensionValues#NONE}) and per dimension tuple
     */
    public static List<String> mismatches(Control control, Map<String, Money> subledger, List<BalanceRow> glDetail) {
        Map<List<String>, Money> keyed = new java.util.HashMap<>();
        subledger.forEach((key, value) -> keyed.put(List.of(key), value));
        return mismatchesByKey(control, keyed, glDetail);
    }

    /**
     * As above, with the key values in the order of the control's key dimensions, as "stock item=11 warehouse=3:
     * subledger 0.00, GL 10.00".
     */
    public static List<String> mismatchesByKey(Control control, Map<List<String>, Money> subledger,
                                               List<BalanceRow> glDetail) {
        Map<List<String>, Money> gl = glByKey(control, glDetail);
        Set<List<String>> keys = new TreeSet<>(Reconciliation::compareKeys);
        keys.addAll(gl.keySet());
        keys.addAll(subledger.keySet());
        List<String> out = new ArrayList<>();
        for (List<String> key : keys) {
            Money expected = subledger.getOrDefault(key, Money.cny(0)).times(control.sign());
            Money actual = gl.getOrDefault(key, Money.cny(0));
            if (!expected.equals(actual)) {
                out.add(control.name() + " " + label(control, key) + ": subledger " + expected.format()
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

    private static String label(Control control, List<String> key) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < control.keys().size(); i++) {
            out.append(i == 0 ? "" : " ").append(control.keys().get(i).wireName()).append('=')
                    .append(i < key.size() ? key.get(i) : WITHOUT_KEY);
        }
        return out.toString();
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /**
     * The GL balance per key (the values of the control's key dimensions, {@link #WITHOUT_KEY} for one a line lacks);
     * what the per-account rows hold beyond their dimension tuples counts under a key of {@link #WITHOUT_KEY} only.
     */
    static Map<List<String>, Money> glByKey(Control control, List<BalanceRow> glDetail) {
        Map<List<String>, Money> byKey = new TreeMap<>(Reconciliation::compareKeys);
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
            List<String> key = control.keys().stream()
                    .map(d -> row.dimensions().values().getOrDefault(d, WITHOUT_KEY)).toList();
            byKey.merge(key, row.net(), Money::plus);
            keyed = keyed.plus(row.net());
        }
        Money bare = total.minus(keyed);
        if (!bare.isZero()) {
            byKey.merge(control.keys().stream().map(d -> WITHOUT_KEY).toList(), bare, Money::plus);
        }
        byKey.values().removeIf(Money::isZero);
        return byKey;
    }
}
