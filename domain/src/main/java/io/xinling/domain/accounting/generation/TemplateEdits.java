package io.xinling.domain.accounting.generation;

import io.vavr.control.Either;
import io.xinling.domain.accounting.Account;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.CarriedDimensions;
import io.xinling.domain.accounting.ChartOfAccounts;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.Reconciliation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a tenant's edit of a voucher template (spec 3.4, JDY 凭证模板): per line, the account it books to, and
 * the summary (摘要). Sides and amount expressions are never edited (an edit could unbalance a voucher), nor are the
 * fixed lines ({@link TemplateView.Line#editable}). A new account must be
 * <ul>
 *   <li>a leaf of the tenant's chart;</li>
 *   <li>of a compatible kind: the class and the balance direction of the built-in account; inside the same
 *       reconciled control (stock 1403/1405, receivables 1122/220301, payables 220201/1123, 5.1) exactly when the
 *       built-in account is, so the close still finds every subledger in the GL; at or below the built-in account for
 *       VAT (2221), which the VAT return reads by code;</li>
 *   <li>one that takes the dimensions the line supplies: it requires none the line does not supply (I-3) and carries
 *       each one it does (3.3).</li>
 * </ul>
 */
public final class TemplateEdits {

    public static final int MAX_SUMMARY = 40;

    private static final AccountCode TAXES = AccountCode.of("2221");
    private static final List<Reconciliation.Control> CONTROLS = List.of(Reconciliation.STOCK, Reconciliation.RECEIVABLES,
            Reconciliation.PAYABLES);

    private TemplateEdits() {
    }

    /**
     * The revision an edit makes of {@code current} (the tenant's current version of {@code builtIn}), numbered
     * {@code current.version() + 1}. {@code accounts} has one entry per line, empty for a line that keeps its
     * account; {@code summary} empty keeps the summary.
     */
    public static Either<AccountingError, TemplateRevision> edit(TemplateView builtIn, TemplateView current,
                                                                 ChartOfAccounts chart, Optional<String> summary,
                                                                 List<Optional<String>> accounts) {
        if (TemplateCatalog.READ_ONLY.contains(builtIn.id())) {
            return Either.left(new AccountingError.TemplateNotEditable(builtIn.id()));
        }
        if (accounts.size() != builtIn.lines().size()) {
            return Either.left(new AccountingError.InvalidField("lines", "template " + builtIn.id() + " has "
                    + builtIn.lines().size() + " lines, in order; " + accounts.size() + " given"));
        }
        Either<AccountingError, String> text = summary.map(TemplateEdits::summary).orElse(Either.right(current.summary()));
        if (text.isLeft()) {
            return Either.left(text.getLeft());
        }
        List<AccountCode> chosen = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            Either<AccountingError, AccountCode> line = line(builtIn, current, chart, i, accounts.get(i));
            if (line.isLeft()) {
                return Either.left(line.getLeft());
            }
            chosen.add(line.get());
        }
        return Either.right(new TemplateRevision(builtIn.id(), current.version() + 1, false, text.get(), chosen));
    }

    /** The revision that returns {@code current} to the built-in content, or empty when it is the built-in already. */
    public static Optional<TemplateRevision> reset(TemplateView builtIn, TemplateView current) {
        if (current.builtIn()) {
            return Optional.empty();
        }
        return Optional.of(new TemplateRevision(builtIn.id(), current.version() + 1, true, builtIn.summary(),
                builtIn.lines().stream().map(l -> AccountCode.of(l.account())).toList()));
    }

    private static Either<AccountingError, String> summary(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty() || s.length() > MAX_SUMMARY || s.chars().anyMatch(Character::isISOControl)) {
            return Either.left(new AccountingError.InvalidField("summary",
                    "1 to " + MAX_SUMMARY + " characters, on one line"));
        }
        return Either.right(s);
    }

    private static Either<AccountingError, AccountCode> line(TemplateView builtIn, TemplateView current,
                                                             ChartOfAccounts chart, int i, Optional<String> wanted) {
        String field = "lines[" + i + "].account";
        AccountCode now = AccountCode.of(current.lines().get(i).account());
        if (wanted.isEmpty()) {
            return Either.right(now);
        }
        Either<AccountingError, AccountCode> parsed = AccountCode.parse(field, wanted.get());
        if (parsed.isLeft() || parsed.get().equals(now)) {
            return parsed;
        }
        TemplateView.Line rule = builtIn.lines().get(i);
        if (!rule.editable()) {
            return Either.left(new AccountingError.InvalidField(field, "this line always books to " + rule.account()
                    + " (a fixed line: booked by code, a clearing account, or a stock amount whose re-cost deltas other"
                    + " templates book)"));
        }
        return compatible(AccountCode.of(rule.account()), chart, parsed.get(), supplied(builtIn, rule))
                .<Either<AccountingError, AccountCode>>map(reason -> Either.left(new AccountingError.InvalidField(field,
                        parsed.get().value() + " " + reason)))
                .orElse(parsed);
    }

    /** Why {@code candidate} cannot take the place of {@code builtIn} on a line supplying {@code supplied}; empty: it can. */
    static Optional<String> compatible(AccountCode builtIn, ChartOfAccounts chart, AccountCode candidate,
                                       Set<Dimension> supplied) {
        Account account = chart.find(candidate).getOrNull();
        if (account == null) {
            return Optional.of("is not in the chart of accounts");
        }
        if (!chart.isLeaf(candidate)) {
            return Optional.of("has sub-accounts: vouchers book to leaf accounts");
        }
        Account original = chart.find(chart.postingAccount(builtIn)).getOrNull();
        if (original != null && (original.type() != account.type() || original.direction() != account.direction())) {
            return Optional.of("is not of the kind of " + builtIn.value() + " (" + original.type() + ", "
                    + original.direction() + " balance)");
        }
        for (Reconciliation.Control control : CONTROLS) {
            if (controls(control, builtIn) != controls(control, candidate)) {
                return Optional.of("is " + (controls(control, builtIn) ? "outside" : "inside") + " the " + control.name()
                        + " control accounts the close reconciles, unlike " + builtIn.value());
            }
        }
        if (builtIn.isWithin(TAXES) && !candidate.isWithin(builtIn)) {
            return Optional.of("is not " + builtIn.value() + " or below it: the VAT return reads that account");
        }
        Set<Dimension> missing = EnumSet.noneOf(Dimension.class);
        missing.addAll(account.requiredDimensions());
        missing.removeAll(supplied);
        if (!missing.isEmpty()) {
            return Optional.of("requires the dimensions " + names(missing) + ", which this line does not supply");
        }
        Set<Dimension> uncarried = EnumSet.noneOf(Dimension.class);
        uncarried.addAll(supplied);
        uncarried.removeAll(CarriedDimensions.of(account));
        if (!uncarried.isEmpty()) {
            return Optional.of("does not carry the dimensions " + names(uncarried) + " this line supplies");
        }
        return Optional.empty();
    }

    private static boolean controls(Reconciliation.Control control, AccountCode code) {
        return control.accounts().stream().anyMatch(code::isWithin);
    }

    /** The dimensions a line supplies: its own, the partner being the customer of sales and the supplier of purchases. */
    static Set<Dimension> supplied(TemplateView template, TemplateView.Line line) {
        Set<Dimension> out = EnumSet.noneOf(Dimension.class);
        for (String name : line.dimensions()) {
            if (name.equals("partner")) {
                out.add(template.documentType().startsWith("trade.sales") ? Dimension.CUSTOMER : Dimension.SUPPLIER);
            } else {
                Dimension.fromWireName(name).ifPresent(out::add);
            }
        }
        return out;
    }

    private static String names(Set<Dimension> dims) {
        return String.join(", ", dims.stream().map(Dimension::wireName).toList());
    }
}
