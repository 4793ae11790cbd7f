package io.xinling.application.promotion.conflict;

import io.xinling.domain.promotion.scheme.TimeWindow;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WindowOverlapTest {

    private static TimeWindow slot(String from, String to) {
        return TimeWindow.ALWAYS.withSlots(List.of(new TimeWindow.Slot(LocalTime.parse(from), LocalTime.parse(to))));
    }

    @Test
    void disjointDailySlotsOnTheSameDaysDoNotMeet() {
        assertThat(WindowOverlap.meet(slot("09:00", "12:00"), slot("14:00", "18:00"))).isFalse();
        assertThat(WindowOverlap.meet(slot("09:00", "12:00"), slot("12:00", "18:00"))).as("ends are exclusive").isFalse();
        assertThat(WindowOverlap.meet(slot("09:00", "12:00"), slot("11:00", "13:00"))).isTrue();
        assertThat(WindowOverlap.meet(slot("09:00", "12:00"), TimeWindow.ALWAYS)).as("no slots: the whole day").isTrue();
        assertThat(WindowOverlap.meet(slot("18:00", "00:00"), slot("23:00", "23:30"))).as("up to 24:00").isTrue();
        assertThat(WindowOverlap.meet(slot("00:00", "00:00"), slot("03:00", "04:00"))).as("the whole day").isTrue();
    }

    @Test
    void anOvernightSlotMeetsTheNextMorning() {
        assertThat(WindowOverlap.meet(slot("22:00", "02:00"), slot("01:00", "03:00"))).isTrue();
        assertThat(WindowOverlap.meet(slot("22:00", "02:00"), slot("02:00", "05:00"))).isFalse();
        assertThat(WindowOverlap.meet(slot("22:00", "02:00"), slot("12:00", "21:00"))).isFalse();
        TimeWindow monday = slot("22:00", "02:00").withWeekdays(Set.of(DayOfWeek.MONDAY));
        assertThat(WindowOverlap.meet(monday, slot("01:00", "03:00").withWeekdays(Set.of(DayOfWeek.TUESDAY))))
                .as("Monday's night runs into Tuesday morning").isTrue();
        assertThat(WindowOverlap.meet(monday, slot("01:00", "03:00").withWeekdays(Set.of(DayOfWeek.MONDAY))))
                .as("Monday 01:00–03:00 is before Monday's night, and Sunday's night is not in the window").isFalse();
        assertThat(WindowOverlap.meet(slot("22:00", "02:00").withWeekdays(Set.of(DayOfWeek.SUNDAY)),
                slot("01:00", "03:00").withWeekdays(Set.of(DayOfWeek.MONDAY)))).as("across the week's end").isTrue();
    }

    @Test
    void aShortSharedRangeIsWalkedDayByDayWithMonthDaysAndBlackouts() {
        TimeWindow december = TimeWindow.between(LocalDateTime.of(2026, 12, 1, 0, 0), LocalDateTime.of(2027, 1, 1, 0, 0));
        TimeWindow first = december.withMonthDays(Set.of(1)).withSlots(List.of(slot("22:00", "02:00").dailySlots().get(0)));
        assertThat(WindowOverlap.meet(first, december.withMonthDays(Set.of(2)).withSlots(slot("01:00", "03:00").dailySlots())))
                .as("the 1st's night runs into the 2nd").isTrue();
        assertThat(WindowOverlap.meet(first, december.withMonthDays(Set.of(3)))).isFalse();
        TimeWindow blackedOut = new TimeWindow(december.start(), december.end(), List.of(), Set.of(), Set.of(),
                TimeWindow.Birthday.ANY_DAY, Set.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2)));
        assertThat(WindowOverlap.meet(december.withMonthDays(Set.of(1)), blackedOut)).isFalse();
        TimeWindow later = TimeWindow.between(LocalDateTime.of(2027, 1, 1, 0, 0), LocalDateTime.of(2027, 2, 1, 0, 0));
        assertThat(WindowOverlap.meet(december, later)).as("[start, end) ranges that only touch").isFalse();
        assertThat(WindowOverlap.meet(december.withSlots(slot("22:00", "02:00").dailySlots()), later.withSlots(
                slot("01:00", "03:00").dailySlots()))).as("the night of 31 December runs into January").isFalse();
    }

    @Test
    void anOpenRangeIsSampledWeekByWeek() {
        TimeWindow weekends = TimeWindow.ALWAYS.withWeekdays(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        assertThat(WindowOverlap.meet(weekends, TimeWindow.ALWAYS.withWeekdays(Set.of(DayOfWeek.MONDAY)))).isFalse();
        assertThat(WindowOverlap.meet(weekends, TimeWindow.ALWAYS.withWeekdays(Set.of(DayOfWeek.SUNDAY)))).isTrue();
        assertThat(WindowOverlap.meet(TimeWindow.ALWAYS.withMonthDays(Set.of(1)), TimeWindow.ALWAYS.withMonthDays(Set.of(2))))
                .as("month days over an open range count as possible").isTrue();
    }
}
