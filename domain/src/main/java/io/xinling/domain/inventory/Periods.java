package io.xinling.domain.inventory;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** Monthly periods: every month is open unless closed; nothing may be dated into a closed one. */
public record Periods(Set<YearMonth> closed) {

    public Periods {
        closed = Set.copyOf(Objects.requireNonNull(closed, "closed"));
    }

    public static Periods allOpen() {
        return new Periods(Set.of());
    }

    public boolean isOpen(LocalDate date) {
        return !closed.contains(YearMonth.from(date));
    }

    public Periods close(YearMonth month) {
        Set<YearMonth> copy = new HashSet<>(closed);
        copy.add(month);
        return new Periods(copy);
    }

    public Periods reopen(YearMonth month) {
        Set<YearMonth> copy = new HashSet<>(closed);
        copy.remove(month);
        return new Periods(copy);
    }
}
