package io.xinling.domain.partner;

import io.xinling.domain.kernel.DomainError;
import io.xinling.domain.kernel.KernelError;
import io.xinling.domain.kernel.Money;

/** Refusals of the partner context. */
public sealed interface PartnerError extends DomainError {

    /** A malformed or out-of-range value (too many decimals, not a number…): keeps the kernel's code. */
    record InvalidValue(KernelError cause) implements PartnerError {
        @Override public String code() { return cause.code(); }
        @Override public String message() { return cause.message(); }
    }

    record InvalidField(String field, String reason) implements PartnerError {
        @Override public String code() { return "partner.invalid-field"; }
        @Override public String message() { return field + ": " + reason; }
    }

    record PartnerNotFound(long id) implements PartnerError {
        @Override public String code() { return "partner.partner-not-found"; }
        @Override public String message() { return "no partner " + id; }
    }

    record CodeConflict(String partnerCode) implements PartnerError {
        @Override public String code() { return "partner.code-conflict"; }
        @Override public String message() { return "a partner with code '" + partnerCode + "' exists already"; }
    }

    record PriceListNotFound(long id) implements PartnerError {
        @Override public String code() { return "partner.price-list-not-found"; }
        @Override public String message() { return "no price list " + id; }
    }

    record NotACustomer(long id) implements PartnerError {
        @Override public String code() { return "partner.not-a-customer"; }
        @Override public String message() { return "partner " + id + " is not a customer"; }
    }

    record CreditLimitExceeded(Money limit, Money exposure, Money order) implements PartnerError {
        @Override public String code() { return "partner.credit-limit-exceeded"; }
        @Override public String message() {
            return "exposure " + exposure + " plus order " + order + " exceeds the credit limit " + limit;
        }
    }
}
