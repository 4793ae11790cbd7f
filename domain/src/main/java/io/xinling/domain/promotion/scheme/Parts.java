package io.xinling.domain.promotion.scheme;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Parsers of the common scheme parts: scope, audience, window, stacking, limits. */
final class Parts {

    private Parts() {
    }

    static final Set<String> SCOPE = Set.of("skus", "categories", "brands", "excludeSkus", "excludeCategories", "excludeBrands");
    static final Set<String> AUDIENCE = Set.of("stores", "channels", "memberLevels", "memberTags", "membersOnly",
            "maxPreviousOrders", "couponCode", "tenderMethods");
    static final Set<String> STACKING = Set.of("stacksWithMemberDiscount", "stacksWithOrderPromotions", "stacksWithCoupons",
            "stacksWithPoints", "excludeSpecialPriceItems", "exclusive");
    /** The per-order limits read here and the cross-order ones the application reserves (spec 3.11). */
    static final Set<String> LIMITS = Set.of("usesPerOrder", "qtyPerOrder", "partialBudget", "usesTotal", "usesPerCustomer",
            "usesPerCustomerPerDay", "qtyPerCustomer", "activityStock", "giftStock", "budget", "perCodeUses",
            "perCodePerCustomer");
    static final Set<String> WINDOW = Set.of("start", "end", "slots", "weekdays", "monthDays", "blackout", "birthday");

    static ProductScope scope(Params p) {
        p.only(SCOPE);
        return new ProductScope(p.strings("skus"), p.strings("categories"), p.strings("brands"), p.strings("excludeSkus"),
                p.strings("excludeCategories"), p.strings("excludeBrands"));
    }

    static Audience audience(Params p, String type) {
        p.only(AUDIENCE);
        boolean members = p.flag("membersOnly", type.equals("member_day") || type.equals("member_level_discount")
                || type.equals("member_price"));
        Optional<Integer> prev = p.has("maxPreviousOrders") ? Optional.of(p.smallCount("maxPreviousOrders", 0, 0))
                : type.equals("new_customer_offer") ? Optional.of(0) : Optional.empty();
        Optional<String> coupon = p.has("couponCode") ? Optional.of(couponCode(p)) : Optional.empty();
        return new Audience(p.strings("stores"), p.strings("channels"), p.strings("memberLevels"), p.strings("memberTags"),
                members, prev, coupon, p.strings("tenderMethods"));
    }

    /** A public coupon code (优惠码) as customers may type it: case does not matter, so it is kept in upper case. */
    private static String couponCode(Params p) {
        String code = p.string("couponCode");
        if (code.isEmpty()) {
            throw p.invalid("couponCode", "must not be blank");
        }
        return code.toUpperCase(java.util.Locale.ROOT);
    }

    static Stacking stacking(Params p, Stacking d) {
        p.only(STACKING);
        return new Stacking(p.flag("stacksWithMemberDiscount", d.stacksWithMemberDiscount()),
                p.flag("stacksWithOrderPromotions", d.stacksWithOrderPromotions()),
                p.flag("stacksWithCoupons", d.stacksWithCoupons()), p.flag("stacksWithPoints", d.stacksWithPoints()),
                p.flag("excludeSpecialPriceItems", d.excludeSpecialPriceItems()), p.flag("exclusive", d.exclusive()));
    }

    static Limits limits(Params p, long defaultQty) {
        p.only(LIMITS);
        return new Limits(p.count("usesPerOrder", Long.MAX_VALUE), p.count("qtyPerOrder", defaultQty),
                p.flag("partialBudget", false));
    }

    static TimeWindow window(Params p) {
        p.only(WINDOW);
        Optional<LocalDateTime> start = p.has("start") ? Optional.of(dateTime(p, "start")) : Optional.empty();
        Optional<LocalDateTime> end = p.has("end") ? Optional.of(dateTime(p, "end")) : Optional.empty();
        if (start.isPresent() && end.isPresent() && !start.get().isBefore(end.get())) {
            throw p.invalid("end", "the window is empty: end must be after start");
        }
        List<TimeWindow.Slot> slots = new ArrayList<>();
        if (p.has("slots")) {
            for (Params s : p.objects("slots")) {
                LocalTime from = time(s, "from");
                boolean midnight = s.string("to").equals("24:00");
                LocalTime to = midnight ? LocalTime.MIDNIGHT : time(s, "to");
                if (from.equals(to) && !(midnight && from.equals(LocalTime.MIDNIGHT))) {
                    throw s.invalid("to", "the slot is empty: to must differ from from (00:00 to 24:00 is the whole day; "
                            + "a to before from runs overnight)");
                }
                slots.add(new TimeWindow.Slot(from, to));
            }
        }
        Set<DayOfWeek> weekdays = new HashSet<>();
        for (String d : p.strings("weekdays")) {
            weekdays.add(enumOf(p, "weekdays", DayOfWeek.class, d));
        }
        Set<Integer> monthDays = new HashSet<>();
        List<String> days = p.list("monthDays");
        for (int i = 0; i < days.size(); i++) {
            monthDays.add(monthDay(p, "monthDays[" + i + "]", days.get(i)));
        }
        Set<LocalDate> blackout = new HashSet<>();
        List<String> dates = p.list("blackout");
        for (int i = 0; i < dates.size(); i++) {
            try {
                blackout.add(LocalDate.parse(dates.get(i)));
            } catch (DateTimeParseException e) {
                throw p.invalid("blackout[" + i + "]", "'" + dates.get(i) + "' is not an ISO date such as 2026-02-14");
            }
        }
        TimeWindow.Birthday birthday = p.has("birthday") ? enumOf(p, "birthday", TimeWindow.Birthday.class)
                : TimeWindow.Birthday.ANY_DAY;
        return new TimeWindow(start, end, slots, weekdays, monthDays, birthday, blackout);
    }

    private static int monthDay(Params p, String field, String text) {
        try {
            int day = Integer.parseInt(text);
            if (day >= 1 && day <= 31) {
                return day;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw p.invalid(field, "'" + text + "' is not a day of the month from 1 to 31");
    }

    static <E extends Enum<E>> E enumOf(Params p, String key, Class<E> type) {
        return enumOf(p, key, type, p.string(key));
    }

    private static <E extends Enum<E>> E enumOf(Params p, String key, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw p.invalid(key, "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static LocalDateTime dateTime(Params p, String key) {
        try {
            return LocalDateTime.parse(p.string(key));
        } catch (DateTimeParseException e) {
            throw p.invalid(key, "must be an ISO local date-time");
        }
    }

    private static LocalTime time(Params p, String key) {
        try {
            return LocalTime.parse(p.string(key));
        } catch (DateTimeParseException e) {
            throw p.invalid(key, key.equals("to") ? "must be a time HH:mm, or 24:00" : "must be a time HH:mm");
        }
    }
}
