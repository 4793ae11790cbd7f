package io.xinling.domain.accounting;

import io.xinling.domain.kernel.DomainError;

import java.time.YearMonth;
import java.util.List;

/** Refusals of the ledger: chart, periods, vouchers, close. */
public sealed interface AccountingError extends DomainError {

    record InvalidField(String field, String reason) implements AccountingError {
        @Override public String code() { return "accounting.invalid-field"; }
        @Override public String message() { return field + ": " + reason; }
    }

    record UnknownAccount(String account) implements AccountingError {
        @Override public String code() { return "accounting.unknown-account"; }
        @Override public String message() { return "no account " + account + " in the chart"; }
    }

    record AccountNotFound(String account) implements AccountingError {
        @Override public String code() { return "accounting.account-not-found"; }
        @Override public String message() { return "no account " + account; }
    }

    record AccountNotLeaf(String account) implements AccountingError {
        @Override public String code() { return "accounting.account-not-leaf"; }
        @Override public String message() { return "account " + account + " has sub-accounts; post to one of them"; }
    }

    record AccountConflict(String account) implements AccountingError {
        @Override public String code() { return "accounting.account-conflict"; }
        @Override public String message() { return "account " + account + " exists already"; }
    }

    record AccountHasPostings(String account) implements AccountingError {
        @Override public String code() { return "accounting.account-has-postings"; }
        @Override public String message() {
            return "account " + account + " already carries voucher lines; it cannot get sub-accounts";
        }
    }

    record MissingDimension(int line, String account, Dimension dimension) implements AccountingError {
        @Override public String code() { return "accounting.missing-dimension"; }
        @Override public String message() {
            return "lines[" + line + "]: account " + account + " requires the " + dimension.wireName() + " dimension";
        }
    }

    record Unbalanced(String debit, String credit) implements AccountingError {
        @Override public String code() { return "accounting.voucher-unbalanced"; }
        @Override public String message() { return "debits " + debit + " ≠ credits " + credit; }
    }

    record EmptyVoucher() implements AccountingError {
        @Override public String code() { return "accounting.voucher-empty"; }
        @Override public String message() { return "the voucher's totals are 0.00: it moves nothing and is refused"; }
    }

    record PeriodClosed(YearMonth period) implements AccountingError {
        @Override public String code() { return "accounting.period-closed"; }
        @Override public String message() { return "period " + period + " is closed"; }
    }

    record VoucherNotFound(long id) implements AccountingError {
        @Override public String code() { return "accounting.voucher-not-found"; }
        @Override public String message() { return "no voucher " + id; }
    }

    record IllegalTransition(long id, VoucherStatus status, String action) implements AccountingError {
        @Override public String code() { return "accounting.illegal-transition"; }
        @Override public String message() { return "voucher " + id + " is " + status + ": cannot " + action; }
    }

    record SelfReview(long id) implements AccountingError {
        @Override public String code() { return "accounting.self-review"; }
        @Override public String message() {
            return "voucher " + id + ": the reviewer must not be the preparer (the tenant does not allow it)";
        }
    }

    record AlreadyReversed(long id) implements AccountingError {
        @Override public String code() { return "accounting.already-reversed"; }
        @Override public String message() { return "voucher " + id + " has been reversed already"; }
    }

    record AlreadyClosed(YearMonth period) implements AccountingError {
        @Override public String code() { return "accounting.already-closed"; }
        @Override public String message() { return "period " + period + " is closed already"; }
    }

    record IllegalCloseOrder(YearMonth period, YearMonth next) implements AccountingError {
        @Override public String code() { return "accounting.illegal-close-order"; }
        @Override public String message() { return "periods close in order: the next to close is " + next + ", not " + period; }
    }

    record EarlierPeriodOpen(YearMonth period, YearMonth earliest) implements AccountingError {
        @Override public String code() { return "accounting.earlier-period-open"; }
        @Override public String message() {
            return "periods close in order: " + earliest + " has posted vouchers and is still open, so " + period
                    + " cannot close before it (close " + earliest + " first)";
        }
    }

    record IllegalReversalEdit(long id, long original) implements AccountingError {
        @Override public String code() { return "accounting.illegal-reversal-edit"; }
        @Override public String message() {
            return "voucher " + id + " reverses voucher " + original + " in full: its lines cannot be edited"
                    + " (delete it and reverse again; correct the amounts with a new voucher)";
        }
    }

    record TemplateAccountConflict(String account) implements AccountingError {
        @Override public String code() { return "accounting.template-account-conflict"; }
        @Override public String message() {
            return "the voucher templates (built-in, or a version this tenant made) post to account " + account
                    + " (spec 3.4, 4); a sub-account would make it a parent and those postings fail; only the accounts of the"
                    + " payment methods (1002, 101201, 101202) take sub-accounts, the method then mapped to one of them";
        }
    }

    record IllegalReopen(YearMonth period, String latest) implements AccountingError {
        @Override public String code() { return "accounting.illegal-reopen"; }
        @Override public String message() { return "only the latest closed period (" + latest + ") may be reopened, not " + period; }
    }

    record TaxpayerKindConflict(String account) implements AccountingError {
        @Override public String code() { return "accounting.taxpayer-kind-conflict"; }
        @Override public String message() {
            return "account " + account + " carries voucher lines: the VAT accounts of the current taxpayer kind are in use"
                    + " (a general taxpayer posts to the 222101 special columns, a small-scale one to 222101 itself),"
                    + " so the taxpayer kind cannot change";
        }
    }

    record CloseBlocked(YearMonth period, List<String> reasons) implements AccountingError {
        @Override public String code() { return "accounting.close-blocked"; }
        @Override public String message() { return "period " + period + " cannot close: " + String.join("; ", reasons); }
    }

    /** 5.1: a gate the spec does not let a close waive (the step 5 reconciliations, the trial balance, pending generation). */
    record GateNotWaivable(CloseGate gate) implements AccountingError {
        @Override public String code() { return "accounting.gate-not-waivable"; }
        @Override public String message() {
            return "the close gate " + gate.wireName() + " cannot be waived: it must pass (spec 5.1)";
        }
    }

    /** 3.4: a payment method posts to a leaf among the cash accounts (1001, 1002, 1012). */
    record InvalidPaymentAccount(String method, String account, String reason) implements AccountingError {
        @Override public String code() { return "accounting.invalid-payment-account"; }
        @Override public String message() { return "payment method " + method + " cannot post to " + account + ": " + reason; }
    }

    /** A dimension register already holds the code. */
    record DimensionValueConflict(String dimension, String code) implements AccountingError {
        @Override public String code() { return "accounting.dimension-value-conflict"; }
        @Override public String message() { return "the " + dimension + " register already holds " + code; }
    }

    /** No voucher template has this id (spec 3.4). */
    record TemplateNotFound(String id) implements AccountingError {
        @Override public String code() { return "accounting.template-not-found"; }
        @Override public String message() { return "no voucher template " + id; }
    }

    /** A template that books only settlements or re-cost deltas, which net against other templates' vouchers. */
    record TemplateNotEditable(String id) implements AccountingError {
        @Override public String code() { return "accounting.template-not-editable"; }
        @Override public String message() {
            return "voucher template " + id + " books only settlements or re-cost deltas against the vouchers of other"
                    + " templates, so it keeps its built-in accounts";
        }
    }
}
