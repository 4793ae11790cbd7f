package io.xinling.domain.kernel;

import java.math.BigDecimal;

/**
 * A decimal number as clients send it: ASCII digits, an optional sign, point and exponent. {@link BigDecimal} alone also
 * reads the digits of every other script (full-width １２, Arabic-Indic ١٢), which an API then stores as numbers the
 * client may not have meant; here they are malformed, like any other text that is not a number.
 */
public final class DecimalText {

    private DecimalText() {
    }

    /** The number {@code text} (stripped of white space) writes; a {@link NumberFormatException} when it is not one in ASCII. */
    public static BigDecimal parse(String text) {
        String t = text.strip();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                throw new NumberFormatException("not an ASCII decimal number: " + t);
            }
        }
        return new BigDecimal(t);
    }
}
