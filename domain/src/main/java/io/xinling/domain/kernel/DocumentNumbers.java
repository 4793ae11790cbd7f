package io.xinling.domain.kernel;

import java.time.LocalDate;
import java.util.Locale;

/** Business document numbers per kind and month: {@code PREFIX-yyyyMM-NNNN}, at least four digits (RC-202601-0001). */
public final class DocumentNumbers {

    private DocumentNumbers() {
    }

    /** The {@code n}-th document (from 1) with {@code prefix} in the month of {@code date}. */
    public static String of(String prefix, LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("document numbers start at 1: " + n);
        }
        return String.format(Locale.ROOT, "%s-%04d%02d-%04d", prefix, date.getYear(), date.getMonthValue(), n);
    }
}
