package io.xinling.application.inventory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A yes/no fact stored on an inventory document, shown and stored by its wire name. */
public enum DocumentFlag {

    /**
     * A landed cost whose receipt's period was closed when it was posted: its charge lands at its own date (spec
     * 2.11). Set by posting, never by the user, so every replay costs it the same way.
     */
    CHARGE_AT_OWN_DATE,

    /** A stocktake whose loss is abnormal (非正常损失): its voucher reverses the lost goods' input VAT (IV-7). */
    ABNORMAL_LOSS,

    /**
     * Saved by a purchase or sales document for its stock: that document's voucher books the stock (4.1), so this one
     * gets no document voucher of its own, only its settlements and re-cost deltas. Set on saving, never by the user.
     */
    TRADE_OWNED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<DocumentFlag> parse(String wire) {
        return Arrays.stream(values()).filter(f -> f.wire().equals(wire)).findFirst();
    }
}
