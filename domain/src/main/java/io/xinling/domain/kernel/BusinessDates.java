package io.xinling.domain.kernel;

import java.time.LocalDate;

/**
 * The business dates documents may carry: 1900-01-01 to 9999-12-31. Document numbers hold the year in
 * four digits ({@code RC-202601-0001}) and the database's dates and periods are kept to the same range.
 */
public final class BusinessDates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private BusinessDates() {
    }

    public static boolean isSupported(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    /** What a refused date is told: the range. */
    public static String range() {
        return "is a date from " + FIRST + " to " + LAST;
    }
}
