package io.xinling.domain.pricing;

import io.xinling.domain.kernel.DomainError;
import io.xinling.domain.kernel.KernelError;

import java.util.List;

/** Refusals of the pricing context. */
public sealed interface PricingError extends DomainError {

    /** A malformed or out-of-range value (too many decimals, not a number…): keeps the kernel's code. */
    record InvalidValue(KernelError cause) implements PricingError {
        @Override public String code() { return cause.code(); }
        @Override public String message() { return cause.message(); }
    }

    record InvalidField(String field, String reason) implements PricingError {
        @Override public String code() { return "pricing.invalid-field"; }
        @Override public String message() { return field + ": " + reason; }
    }

    record PriceListNotFound(long id) implements PricingError {
        @Override public String code() { return "pricing.price-list-not-found"; }
        @Override public String message() { return "no price list " + id; }
    }

    record CustomerNotFound(long partner) implements PricingError {
        @Override public String code() { return "pricing.customer-not-found"; }
        @Override public String message() { return "no customer " + partner; }
    }

    /** No list in the resolution order has a valid price; the steps say why each was passed over. */
    record PriceNotFound(long sku, List<PriceStep> steps) implements PricingError {
        @Override public String code() { return "pricing.price-not-found"; }
        @Override public String message() {
            return "no price for sku " + sku + ": " + String.join("; ", steps.stream().map(PriceStep::outcome).toList());
        }
    }
}
