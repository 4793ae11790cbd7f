package io.xinling.application.accounting;

import java.util.Locale;
import java.util.Optional;

/**
 * When generated vouchers are written (a tenant setting, 3.4): on posting, in the posting's transaction (the
 * default), or in batch: posting records what is pending and 生成凭证 writes it later.
 */
public enum GenerationMode {
    ON_POSTING, BATCH;

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<GenerationMode> fromWire(String wire) {
        for (GenerationMode m : values()) {
            if (m.wire().equals(wire)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
