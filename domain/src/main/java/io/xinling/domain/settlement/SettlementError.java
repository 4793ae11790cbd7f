package io.xinling.domain.settlement;

import io.xinling.domain.kernel.DomainError;
import io.xinling.domain.kernel.KernelError;

/** Refusals of receivables, payables and write-offs. */
public sealed interface SettlementError extends DomainError {

    /** A malformed or out-of-range value (too many decimals, not a number…): keeps the kernel's code. */
    record InvalidValue(KernelError cause) implements SettlementError {
        @Override public String code() { return cause.code(); }
        @Override public String message() { return cause.message(); }
    }

    record InvalidField(String field, String reason) implements SettlementError {
        @Override public String code() { return "settlement.invalid-field"; }
        @Override public String message() { return field + ": " + reason; }
    }

    record PartnerNotFound(long partner) implements SettlementError {
        @Override public String code() { return "settlement.partner-not-found"; }
        @Override public String message() { return "no partner " + partner; }
    }

    record WrongPartnerRole(long partner, Ledger ledger) implements SettlementError {
        @Override public String code() { return "settlement.wrong-partner-role"; }
        @Override public String message() {
            return "partner " + partner + " is not a " + (ledger == Ledger.RECEIVABLE ? "customer" : "supplier");
        }
    }

    record OpenItemNotFound(long item) implements SettlementError {
        @Override public String code() { return "settlement.open-item-not-found"; }
        @Override public String message() { return "no item " + item; }
    }

    record WriteOffNotFound(long writeOff) implements SettlementError {
        @Override public String code() { return "settlement.write-off-not-found"; }
        @Override public String message() { return "no write-off " + writeOff; }
    }

    record NonPositiveAmount(String field, String amount) implements SettlementError {
        @Override public String code() { return "settlement.non-positive-amount"; }
        @Override public String message() { return field + ": " + amount + " is not a positive amount"; }
    }

    /** An item (the charge or the credit) is not in the currency of the write-off's amounts. */
    record CurrencyMismatch(long item, String itemCurrency, String writeOffCurrency) implements SettlementError {
        @Override public String code() { return "settlement.currency-mismatch"; }
        @Override public String message() {
            return "item " + item + " is in " + itemCurrency + " but the write-off is in " + writeOffCurrency;
        }
    }

    record PartnerMismatch(long item) implements SettlementError {
        @Override public String code() { return "settlement.partner-mismatch"; }
        @Override public String message() { return "item " + item + " belongs to another partner or ledger"; }
    }

    record NotACharge(long item) implements SettlementError {
        @Override public String code() { return "settlement.not-a-charge"; }
        @Override public String message() { return "item " + item + " is a credit, not a charge to write off"; }
    }

    record NotACredit(long item) implements SettlementError {
        @Override public String code() { return "settlement.not-a-credit"; }
        @Override public String message() { return "item " + item + " is a charge, not a receipt, payment or advance"; }
    }

    record WriteOffExceedsOpenAmount(long item, String requested, String open) implements SettlementError {
        @Override public String code() { return "settlement.write-off-exceeds-open-amount"; }
        @Override public String message() { return "write-off " + requested + " exceeds the open " + open + " of item " + item; }
    }

    record WriteOffExceedsUnappliedAmount(long item, String requested, String unapplied) implements SettlementError {
        @Override public String code() { return "settlement.write-off-exceeds-unapplied-amount"; }
        @Override public String message() {
            return "write-offs of " + requested + " exceed the unapplied " + unapplied + " of item " + item;
        }
    }

    record WriteOffBeforeItemDate(long item, String date) implements SettlementError {
        @Override public String code() { return "settlement.write-off-before-item-date"; }
        @Override public String message() { return "item " + item + " is dated, or was last matched, after the write-off date " + date; }
    }

    record SourceConflict(String source) implements SettlementError {
        @Override public String code() { return "settlement.source-conflict"; }
        @Override public String message() { return "an item for " + source + " exists already in this ledger"; }
    }

    record AlreadyReversed(long writeOff) implements SettlementError {
        @Override public String code() { return "settlement.already-reversed"; }
        @Override public String message() { return "write-off " + writeOff + " is reversed already"; }
    }

    record IllegalReversal(long writeOff) implements SettlementError {
        @Override public String code() { return "settlement.illegal-reversal"; }
        @Override public String message() { return "write-off " + writeOff + " is itself a reversal"; }
    }

    /** A document's open item cannot be reversed once a write-off has matched any of it. */
    record AlreadyWrittenOff(long item, String open, String amount) implements SettlementError {
        @Override public String code() { return "settlement.already-written-off"; }
        @Override public String message() {
            return "open item " + item + " is written off (open " + open + " of " + amount + "); reverse the write-offs first";
        }
    }

    /** Nothing is dated into a closed accounting period: no item, write-off or reversal (I-20). */
    record DateInClosedPeriod(String field, java.time.LocalDate date) implements SettlementError {
        @Override public String code() { return "settlement.date-in-closed-period"; }
        @Override public String message() { return field + ": " + date + " lies in a closed period"; }
    }

    /** Refused by a context the settlement books to (the voucher of a receipt, payment or write-off): keeps its code. */
    record Refused(DomainError cause) implements SettlementError {
        @Override public String code() { return cause.code(); }
        @Override public String message() { return cause.message(); }
    }
}
