package io.xinling.application.inventory;

import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a stored inventory document, as normalised columns: its role, SKU, quantity in a unit,
 * batch with dates, serials, amount (value in, credit, change or charge), allocation weight and the
 * sale movement a return refers to; a scope switch's line names its own warehouse. The domain document is rebuilt from these exactly.
 */
public record DraftLine(int line, LineRole role, long sku, Optional<Quantity> quantity, Optional<String> unit,
                        Optional<String> batch, Optional<LocalDate> producedOn, Optional<LocalDate> expiresOn,
                        List<String> serials, Optional<Money> amount, Optional<BigDecimal> weight,
                        Optional<MovementId> reference, Optional<Long> warehouse) {

    /** A line moving stock in the document's warehouse(s). */
    public DraftLine(int line, LineRole role, long sku, Optional<Quantity> quantity, Optional<String> unit,
                     Optional<String> batch, Optional<LocalDate> producedOn, Optional<LocalDate> expiresOn,
                     List<String> serials, Optional<Money> amount, Optional<BigDecimal> weight,
                     Optional<MovementId> reference) {
        this(line, role, sku, quantity, unit, batch, producedOn, expiresOn, serials, amount, weight, reference,
                Optional.empty());
    }

    public DraftLine {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(producedOn, "producedOn");
        Objects.requireNonNull(expiresOn, "expiresOn");
        serials = List.copyOf(serials);
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(warehouse, "warehouse");
    }
}
