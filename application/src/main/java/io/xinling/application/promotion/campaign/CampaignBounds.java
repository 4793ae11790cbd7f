package io.xinling.application.promotion.campaign;

import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.scheme.Audience;
import io.xinling.domain.promotion.scheme.TimeWindow;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A scheme of a campaign runs only inside the campaign: its window is cut to the campaign's window, its stores and
 * channels to the campaign's (an empty set on either side means all). A scheme left with no moment, store or
 * channel in common with its campaign cannot apply at all.
 */
public final class CampaignBounds {

    private CampaignBounds() {
    }

    /** {@code scheme} narrowed to {@code campaign}, or empty when nothing of it is left inside the campaign. */
    public static Optional<Scheme> within(Scheme scheme, Campaign campaign) {
        TimeWindow w = scheme.window();
        Optional<LocalDateTime> start = later(w.start(), campaign.start());
        Optional<LocalDateTime> end = earlier(w.end(), campaign.end());
        if (start.isPresent() && end.isPresent() && !start.get().isBefore(end.get())) {
            return Optional.empty();
        }
        Optional<Set<String>> stores = common(scheme.audience().stores(), campaign.stores());
        Optional<Set<String>> channels = common(scheme.audience().channels(), campaign.channels());
        if (stores.isEmpty() || channels.isEmpty()) {
            return Optional.empty();
        }
        Audience a = scheme.audience();
        Audience audience = new Audience(stores.get(), channels.get(), a.memberLevels(), a.memberTags(), a.membersOnly(),
                a.maxPreviousOrders(), a.couponCode(), a.tenderMethods());
        TimeWindow window = new TimeWindow(start, end, w.dailySlots(), w.weekdays(), w.monthDays(), w.birthday(), w.blackout());
        return Optional.of(new Scheme(scheme.id(), scheme.version(), scheme.label(), scheme.rule(), scheme.exclusionGroup(),
                scheme.priority(), scheme.campaignStart(), scheme.scope(), audience, window, scheme.stacking(), scheme.limits(),
                scheme.returnPolicy()));
    }

    private static Optional<LocalDateTime> later(Optional<LocalDateTime> a, Optional<LocalDateTime> b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }

    private static Optional<LocalDateTime> earlier(Optional<LocalDateTime> a, Optional<LocalDateTime> b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
    }

    /** The values both allow (empty = all); empty when they allow nothing in common. */
    private static Optional<Set<String>> common(Set<String> scheme, Set<String> campaign) {
        if (scheme.isEmpty() || campaign.isEmpty()) {
            return Optional.of(scheme.isEmpty() ? campaign : scheme);
        }
        Set<String> both = new HashSet<>(scheme);
        both.retainAll(campaign);
        return both.isEmpty() ? Optional.empty() : Optional.of(both);
    }
}
