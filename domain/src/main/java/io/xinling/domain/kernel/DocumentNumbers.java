package io.xinling.domain.kernel;

import java.time.LocalDate;

/** Business document numbers per kind and month: {@code PREFIX-yyyyMM-NNNN}, at least four digits (RC-202601-0001). */
public final class DocumentNumbers {

    private DocumentNumbers() {
    }

    /** The {@code n}-th document (from 1) with {@code prefix} in the month of {@code date}. */
    public static String of(String prefix, LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("document numbers start at 1: " + n);
        }
        // by hand: String.format parses its pattern on every call, and every posted document takes a number
        StringBuilder out = new StringBuilder(prefix.length() + 13).append(prefix).append('-');
        padded(out, date.getYear(), 4);
        padded(out, date.getMonthValue(), 2);
        out.append('-');
        padded(out, n, 4);
        return out.toString();
    }

    /** {@code value} (not negative) with leading zeros to at least {@code width} digits, as {@code %0<width>d}. */
    private static void padded(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        out.append(digits);
    }
}
