package io.xinling.domain.trade;

import io.xinling.domain.kernel.TaxRate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A VAT rate a tenant's documents may use from {@code validFrom} through {@code validTo} (open-ended when empty). */
public record VatRate(TaxRate rate, LocalDate validFrom, Optional<LocalDate> validTo) {

    public VatRate {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        if (validTo.filter(to -> to.isBefore(validFrom)).isPresent()) {
            throw new IllegalArgumentException("a rate's validity ends before it starts: " + validFrom + ".." + validTo.get());
        }
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && validTo.map(to -> !date.isAfter(to)).orElse(true);
    }
}
