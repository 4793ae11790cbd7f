package io.xinling.domain.promotion.scheme;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Birthday windows (spec 2.8, 3.9): the member's day, and 29 February kept on the 28th of a common year. */
class TimeWindowTest {

    private static final TimeWindow ON_BIRTHDAY = TimeWindow.ALWAYS.withBirthday(TimeWindow.Birthday.BIRTHDAY);

    @Test
    void a_birthday_offer_runs_on_the_members_day_only() {
        Optional<MonthDay> nov25 = Optional.of(MonthDay.of(11, 25));
        assertThat(ON_BIRTHDAY.contains(LocalDateTime.parse("2026-11-25T12:00:00"), nov25)).isTrue();
        assertThat(ON_BIRTHDAY.contains(LocalDateTime.parse("2026-11-26T12:00:00"), nov25)).isFalse();
        assertThat(ON_BIRTHDAY.contains(LocalDateTime.parse("2026-11-25T12:00:00"), Optional.empty())).isFalse();
    }

    @Test
    void a_leap_day_birthday_is_kept_on_the_28th_of_february_in_a_common_year_and_on_the_29th_in_a_leap_year() {
        Optional<MonthDay> leapDay = Optional.of(MonthDay.of(2, 29));
        assertThat(ON_BIRTHDAY.contains(LocalDateTime.parse("2027-02-28T12:00:00"), leapDay)).isTrue();
        assertThat(ON_BIRTHDAY.contains(LocalDateTime.parse("2027-03-01T12:00:00"), leapDay)).isFalse();
        assertThat(ON_BIRTHDAY.contains(LocalDateTime.parse("2028-02-29T12:00:00"), leapDay)).isTrue();
        assertThat(ON_BIRTHDAY.contains(LocalDateTime.parse("2028-02-28T12:00:00"), leapDay)).isFalse();
    }
}
