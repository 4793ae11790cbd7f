package io.xinling.archfixtures.hiddenclock.domain;

import java.time.LocalDate;
import java.util.function.Supplier;

/** A hidden clock through a method reference rather than a call. */
public final class RefersToLocalDateNow {

    public Supplier<LocalDate> today() {
        return LocalDate::now;
    }
}
