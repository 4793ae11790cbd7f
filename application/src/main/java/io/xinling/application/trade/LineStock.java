package io.xinling.application.trade;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a trade line tells the stock ledger about the goods themselves: the batch (with its production and expiry
 * dates on a receipt) of a batch-tracked SKU, the serial numbers of a serial-tracked one. A sales delivery line
 * of a batch-tracked SKU without a batch is picked first-expired-first-out when it is posted.
 */
public record LineStock(Optional<String> batch, Optional<LocalDate> producedOn, Optional<LocalDate> expiresOn,
                        List<String> serials) {

    /** No batch, no serials. */
    public static final LineStock NONE = new LineStock(Optional.empty(), Optional.empty(), Optional.empty(), List.of());

    public LineStock {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(producedOn, "producedOn");
        Objects.requireNonNull(expiresOn, "expiresOn");
        serials = List.copyOf(serials);
    }

    /** The same, naming {@code number} as the batch. */
    public LineStock withBatch(String number) {
        return new LineStock(Optional.of(number), producedOn, expiresOn, serials);
    }
}
