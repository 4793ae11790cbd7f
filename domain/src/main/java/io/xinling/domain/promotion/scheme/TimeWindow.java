package io.xinling.domain.promotion.scheme;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When a scheme is active (spec 3.9): {@code [start, end)} in the store's time zone, optional daily
 * slots {@code [from, to)}, weekday and month-day masks, the member's birthday (day or month), and
 * blackout dates. Empty masks mean "every day".
 */
public record TimeWindow(Optional<LocalDateTime> start, Optional<LocalDateTime> end, List<Slot> dailySlots,
                         Set<DayOfWeek> weekdays, Set<Integer> monthDays, Birthday birthday, Set<LocalDate> blackout) {

    public enum Birthday { ANY_DAY, BIRTHDAY, BIRTHDAY_MONTH }

    /** A daily slot {@code [from, to)}. */
    public record Slot(LocalTime from, LocalTime to) {
        public Slot {
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("empty slot " + from + "–" + to);
            }
        }

        boolean contains(LocalTime t) {
            return !t.isBefore(from) && t.isBefore(to);
        }
    }

    public static final TimeWindow ALWAYS = new TimeWindow(Optional.empty(), Optional.empty(), List.of(), Set.of(),
            Set.of(), Birthday.ANY_DAY, Set.of());

    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        dailySlots = List.copyOf(dailySlots);
        weekdays = Set.copyOf(weekdays);
        monthDays = Set.copyOf(monthDays);
        Objects.requireNonNull(birthday, "birthday");
        blackout = Set.copyOf(blackout);
        if (start.isPresent() && end.isPresent() && !start.get().isBefore(end.get())) {
            throw new IllegalArgumentException("empty window");
        }
    }

    public static TimeWindow between(LocalDateTime from, LocalDateTime to) {
        return new TimeWindow(Optional.of(from), Optional.of(to), List.of(), Set.of(), Set.of(), Birthday.ANY_DAY, Set.of());
    }

    public TimeWindow withSlots(List<Slot> slots) {
        return new TimeWindow(start, end, slots, weekdays, monthDays, birthday, blackout);
    }

    public TimeWindow withWeekdays(Set<DayOfWeek> days) {
        return new TimeWindow(start, end, dailySlots, days, monthDays, birthday, blackout);
    }

    public TimeWindow withMonthDays(Set<Integer> days) {
        return new TimeWindow(start, end, dailySlots, weekdays, days, birthday, blackout);
    }

    public TimeWindow withBirthday(Birthday rule) {
        return new TimeWindow(start, end, dailySlots, weekdays, monthDays, rule, blackout);
    }

    /** Whether {@code t} is inside the window for a customer with the given birthday. */
    public boolean contains(LocalDateTime t, Optional<MonthDay> customerBirthday) {
        if (start.isPresent() && t.isBefore(start.get()) || end.isPresent() && !t.isBefore(end.get())) {
            return false;
        }
        if (!blackout.isEmpty() && blackout.contains(t.toLocalDate())) {
            return false;
        }
        if (!weekdays.isEmpty() && !weekdays.contains(t.getDayOfWeek())
                || !monthDays.isEmpty() && !monthDays.contains(t.getDayOfMonth())) {
            return false;
        }
        if (!dailySlots.isEmpty() && dailySlots.stream().noneMatch(s -> s.contains(t.toLocalTime()))) {
            return false;
        }
        return birthdayMatches(t, customerBirthday);
    }

    /** The day a birthday is kept in a year: 29 February on 28 February of a common year (never skipped). */
    private static MonthDay celebrated(MonthDay birthday, int year) {
        return birthday.isValidYear(year) ? birthday : MonthDay.of(2, 28);
    }

    private boolean birthdayMatches(LocalDateTime t, Optional<MonthDay> day) {
        return switch (birthday) {
            case ANY_DAY -> true;
            case BIRTHDAY -> day.isPresent() && celebrated(day.get(), t.getYear()).equals(MonthDay.from(t));
            case BIRTHDAY_MONTH -> day.isPresent() && day.get().getMonth() == t.getMonth();
        };
    }
}
