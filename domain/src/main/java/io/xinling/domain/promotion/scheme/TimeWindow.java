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
 * slots {@code [from, to)} (up to 24:00, or overnight: see {@link Slot}), weekday and month-day masks, the
 * member's birthday (day or month), and blackout dates. Empty masks mean "every day".
 */
public record TimeWindow(Optional<LocalDateTime> start, Optional<LocalDateTime> end, List<Slot> dailySlots,
                         Set<DayOfWeek> weekdays, Set<Integer> monthDays, Birthday birthday, Set<LocalDate> blackout) {

    public enum Birthday { ANY_DAY, BIRTHDAY, BIRTHDAY_MONTH }

    /**
     * A daily slot {@code [from, to)}. A {@code to} of 00:00 stands for 24:00: the slot runs up to midnight. A {@code to}
     * before {@code from} is an overnight slot (22:00–02:00): it runs past midnight and belongs to the day it starts, so
     * the day masks (weekdays, month days, blackout dates, birthday) are those of that day. 00:00–24:00 is the whole day;
     * any other slot from a time to the same time is empty and refused.
     */
    public record Slot(LocalTime from, LocalTime to) {
        public Slot {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from.equals(to) && !to.equals(LocalTime.MIDNIGHT)) {
                throw new IllegalArgumentException("empty slot " + from + "–" + to);
            }
        }

        /** Whether the slot runs past midnight into the next morning. */
        public boolean overnight() {
            return to.isBefore(from) && !to.equals(LocalTime.MIDNIGHT);
        }

        /** The day whose slot holds {@code t} (that day, or the day before for an overnight slot's morning), else null. */
        LocalDate dayOf(LocalDateTime t) {
            LocalTime time = t.toLocalTime();
            if (!time.isBefore(from) && (time.isBefore(to) || to.equals(LocalTime.MIDNIGHT) || overnight())) {
                return t.toLocalDate();
            }
            return overnight() && time.isBefore(to) ? t.toLocalDate().minusDays(1) : null;
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

    /**
     * Whether {@code t} is inside the window for a customer with the given birthday. {@code [start, end)} holds for
     * {@code t} itself; the day masks hold for the day of the slot that holds {@code t} (an overnight slot's morning
     * hours belong to the day before), or for {@code t}'s own day when there are no slots.
     */
    public boolean contains(LocalDateTime t, Optional<MonthDay> customerBirthday) {
        if (start.isPresent() && t.isBefore(start.get()) || end.isPresent() && !t.isBefore(end.get())) {
            return false;
        }
        if (dailySlots.isEmpty()) {
            return onDay(t.toLocalDate(), customerBirthday);
        }
        for (int i = 0; i < dailySlots.size(); i++) {
            LocalDate day = dailySlots.get(i).dayOf(t);
            if (day != null && onDay(day, customerBirthday)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the weekday and month-day masks, the blackout dates and the birthday rule let {@code day} in. */
    private boolean onDay(LocalDate day, Optional<MonthDay> customerBirthday) {
        if (!blackout.isEmpty() && blackout.contains(day)) {
            return false;
        }
        if (!weekdays.isEmpty() && !weekdays.contains(day.getDayOfWeek())
                || !monthDays.isEmpty() && !monthDays.contains(day.getDayOfMonth())) {
            return false;
        }
        return birthdayMatches(day, customerBirthday);
    }

    /** The day a birthday is kept in a year: 29 February on 28 February of a common year (never skipped). */
    private static MonthDay celebrated(MonthDay birthday, int year) {
        return birthday.isValidYear(year) ? birthday : MonthDay.of(2, 28);
    }

    private boolean birthdayMatches(LocalDate t, Optional<MonthDay> day) {
        return switch (birthday) {
            case ANY_DAY -> true;
            case BIRTHDAY -> day.isPresent() && celebrated(day.get(), t.getYear()).equals(MonthDay.from(t));
            case BIRTHDAY_MONTH -> day.isPresent() && day.get().getMonth() == t.getMonth();
        };
    }
}
