package io.xinling.application.promotion.conflict;

import io.xinling.domain.promotion.scheme.TimeWindow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether two time windows (spec 3.9) share a moment: their {@code [start, end)} ranges meet, and on some day of both
 * a daily slot of one overlaps a slot of the other (no slots: the whole day). An overnight slot (22:00–02:00) runs into
 * the next morning and belongs to the day it starts, for the day masks too. When the shared range is at most
 * {@value #EXACT_DAYS} days the days are walked one by one, with weekdays, month days and blackout dates; a longer or open
 * range is walked as two sample weeks with weekdays only (month days and blackout dates then count as possible, so a
 * conflict is never missed). The birthday rule depends on the customer and is not narrowed.
 */
final class WindowOverlap {

    static final int EXACT_DAYS = 400;
    /** A Monday: two weeks from it sample any weekly pattern, an overnight slot of the first Sunday included. */
    private static final LocalDate SAMPLE = LocalDate.of(2001, 1, 1);

    private record Span(LocalDateTime from, LocalDateTime to) {
    }

    private WindowOverlap() {
    }

    static boolean meet(TimeWindow a, TimeWindow b) {
        LocalDateTime from = latest(a.start(), b.start());
        LocalDateTime to = earliest(a.end(), b.end());
        if (from != null && to != null && !from.isBefore(to)) {
            return false;
        }
        boolean exact = from != null && to != null
                && ChronoUnit.DAYS.between(from.toLocalDate(), to.toLocalDate()) <= EXACT_DAYS;
        if (!exact) {
            from = SAMPLE.atStartOfDay();
            to = SAMPLE.plusWeeks(2).atStartOfDay();
        }
        List<Span> left = spans(a, from, to, exact);
        List<Span> right = spans(b, from, to, exact);
        for (Span x : left) {
            for (Span y : right) {
                if (x.from().isBefore(y.to()) && y.from().isBefore(x.to())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The times of {@code w} within {@code [from, to)}, day by day from the day before (whose overnight slot reaches in). */
    private static List<Span> spans(TimeWindow w, LocalDateTime from, LocalDateTime to, boolean exact) {
        List<Span> out = new ArrayList<>();
        for (LocalDate day = from.toLocalDate().minusDays(1); !day.atStartOfDay().isAfter(to); day = day.plusDays(1)) {
            if (!onDay(w, day, exact)) {
                continue;
            }
            if (w.dailySlots().isEmpty()) {
                add(out, day.atStartOfDay(), day.plusDays(1).atStartOfDay(), from, to);
            }
            for (TimeWindow.Slot slot : w.dailySlots()) {
                LocalDateTime end = slot.to().equals(LocalTime.MIDNIGHT) ? day.plusDays(1).atStartOfDay()
                        : slot.overnight() ? day.plusDays(1).atTime(slot.to()) : day.atTime(slot.to());
                add(out, day.atTime(slot.from()), end, from, to);
            }
        }
        return out;
    }

    private static void add(List<Span> out, LocalDateTime start, LocalDateTime end, LocalDateTime from, LocalDateTime to) {
        LocalDateTime s = start.isBefore(from) ? from : start;
        LocalDateTime e = end.isAfter(to) ? to : end;
        if (s.isBefore(e)) {
            out.add(new Span(s, e));
        }
    }

    private static boolean onDay(TimeWindow w, LocalDate day, boolean exact) {
        if (!w.weekdays().isEmpty() && !w.weekdays().contains(day.getDayOfWeek())) {
            return false;
        }
        return !exact || (w.monthDays().isEmpty() || w.monthDays().contains(day.getDayOfMonth()))
                && !w.blackout().contains(day);
    }

    private static LocalDateTime latest(Optional<LocalDateTime> a, Optional<LocalDateTime> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.or(() -> b).orElse(null);
        }
        return a.get().isAfter(b.get()) ? a.get() : b.get();
    }

    private static LocalDateTime earliest(Optional<LocalDateTime> a, Optional<LocalDateTime> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.or(() -> b).orElse(null);
        }
        return a.get().isBefore(b.get()) ? a.get() : b.get();
    }
}
