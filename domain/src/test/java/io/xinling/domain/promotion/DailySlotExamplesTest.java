package io.xinling.domain.promotion;

import io.vavr.control.Either;
import io.xinling.domain.promotion.scheme.SchemeFactory;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static io.xinling.domain.promotion.Catalogue.cart;
import static io.xinling.domain.promotion.Catalogue.yuan;
import static io.xinling.domain.promotion.ItemPriceExamplesTest.CTX;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Daily slots (spec 3.9) that end at 24:00 or run overnight: a slot ending 24:00 covers up to midnight, and an overnight
 * slot (22:00–02:00) belongs to the day it starts, whose weekday, month day and blackout decide; a slot from a time to
 * the same time is refused naming it.
 */
class DailySlotExamplesTest {

    /** 2026-11-25 is a Wednesday. */
    private static final LocalDateTime WED = LocalDateTime.of(2026, 11, 25, 0, 0);

    private static Either<PromotionError, Scheme> nineTenths(Map<String, Object> window) {
        return SchemeFactory.create("percent_off_item", Map.of("id", "night", "params", Map.of("payRate", "90"),
                "window", window));
    }

    private static Map<String, Object> slot(String from, String to) {
        return Map.of("from", from, "to", to);
    }

    /** D × 3 = 38.40 at list, 34.56 at 9折. */
    private static io.xinling.domain.kernel.Money payable(Scheme s, LocalDateTime at) {
        return PromotionEngine.price(cart("D", 3), CTX.withTime(at), List.of(s), PromotionPolicy.DEFAULT).payable();
    }

    @Test
    void aSlotEndingAt24CoversUpToMidnight() {
        Scheme s = nineTenths(Map.of("slots", List.of(slot("20:00", "24:00")))).get();
        assertThat(payable(s, WED.withHour(19).withMinute(59).withSecond(59))).isEqualTo(yuan("38.40"));
        assertThat(payable(s, WED.withHour(20))).isEqualTo(yuan("34.56"));
        assertThat(payable(s, WED.withHour(23).withMinute(59).withSecond(59))).isEqualTo(yuan("34.56"));
        assertThat(payable(s, WED.plusDays(1))).as("midnight is the next day, outside").isEqualTo(yuan("38.40"));
        Scheme allDay = nineTenths(Map.of("slots", List.of(slot("00:00", "24:00")))).get();
        assertThat(payable(allDay, WED)).isEqualTo(yuan("34.56"));
        assertThat(payable(allDay, WED.withHour(23).withMinute(59))).isEqualTo(yuan("34.56"));
    }

    @Test
    void anOvernightSlotBelongsToTheDayItStarts() {
        Scheme wednesdayNights = nineTenths(Map.of("weekdays", List.of("WEDNESDAY"), "slots", List.of(slot("22:00", "02:00"))))
                .get();
        assertThat(payable(wednesdayNights, WED.withHour(21).withMinute(59).withSecond(59))).isEqualTo(yuan("38.40"));
        assertThat(payable(wednesdayNights, WED.withHour(22))).isEqualTo(yuan("34.56"));
        assertThat(payable(wednesdayNights, WED.plusDays(1))).as("Thursday 00:00 is still Wednesday night")
                .isEqualTo(yuan("34.56"));
        assertThat(payable(wednesdayNights, WED.plusDays(1).withHour(1).withMinute(59).withSecond(59)))
                .isEqualTo(yuan("34.56"));
        assertThat(payable(wednesdayNights, WED.plusDays(1).withHour(2))).isEqualTo(yuan("38.40"));
        assertThat(payable(wednesdayNights, WED.withHour(1))).as("Wednesday 01:00 is Tuesday night")
                .isEqualTo(yuan("38.40"));
        assertThat(payable(wednesdayNights, WED.plusDays(1).withHour(22))).as("Thursday night").isEqualTo(yuan("38.40"));

        Scheme blackedOut = nineTenths(Map.of("blackout", List.of("2026-11-25"), "slots", List.of(slot("22:00", "02:00")))).get();
        assertThat(payable(blackedOut, WED.plusDays(1).withHour(1))).as("the night of a blackout date")
                .isEqualTo(yuan("38.40"));
        assertThat(payable(blackedOut, WED.withHour(1))).as("the night before it").isEqualTo(yuan("34.56"));

        Scheme ending = nineTenths(Map.of("end", "2026-11-26T01:00:00", "slots", List.of(slot("22:00", "02:00")))).get();
        assertThat(payable(ending, WED.plusDays(1).withMinute(59))).isEqualTo(yuan("34.56"));
        assertThat(payable(ending, WED.plusDays(1).withHour(1))).as("the window's end still holds").isEqualTo(yuan("38.40"));
    }

    @Test
    void aSlotFromATimeToTheSameTimeIsRefusedNamingIt() {
        for (Map<String, Object> empty : List.of(slot("10:00", "10:00"), slot("00:00", "00:00"))) {
            PromotionError.InvalidScheme e = (PromotionError.InvalidScheme) nineTenths(Map.of("slots", List.of(empty))).getLeft();
            assertThat(e.field()).isEqualTo("window.slots[0].to");
            assertThat(e.problem()).contains("empty");
        }
        PromotionError.InvalidScheme from24 = (PromotionError.InvalidScheme) nineTenths(Map.of("slots",
                List.of(slot("24:00", "02:00")))).getLeft();
        assertThat(from24.field()).isEqualTo("window.slots[0].from");
    }
}
