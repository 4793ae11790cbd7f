package io.xinling.application.promotion.quota;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One counter: a resource of a scheme for a subject ({@code ""} scheme-wide, a member id,
 * {@code member@date}, a public coupon code, or {@code member/code}). Counters are always locked in this key's order, so claims never deadlock.
 */
public record CounterKey(String schemeId, Resource resource, String subject) implements Comparable<CounterKey> {

    private static final Comparator<CounterKey> ORDER = Comparator.comparing(CounterKey::schemeId)
            .thenComparing(k -> k.resource().name()).thenComparing(CounterKey::subject);

    public CounterKey {
        Objects.requireNonNull(schemeId, "schemeId");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(subject, "subject");
    }

    /** The owner prefix of a campaign's counters (scheme ids cannot contain ':'). */
    public static final String CAMPAIGN = "campaign:";

    /** The counter of a campaign-wide resource: its money budget ({@link Resource#BUDGET}) or its orders ({@link Resource#USES_TOTAL}). */
    public static CounterKey campaign(String campaignId, Resource resource) {
        return new CounterKey(CAMPAIGN + campaignId, resource, "");
    }

    /** The key of a resource for a member on a day; empty subject for scheme-wide resources. */
    public static CounterKey of(String schemeId, Resource resource, long member, LocalDate day) {
        return of(schemeId, resource, member, day, "");
    }

    /** The key of a resource for a member on a day, the per-code resources counting on the scheme's coupon {@code code}. */
    public static CounterKey of(String schemeId, Resource resource, long member, LocalDate day, String code) {
        String subject = switch (resource.subject()) {
            case SCHEME -> "";
            case MEMBER -> Long.toString(member);
            case MEMBER_DAY -> member + "@" + day;
            case CODE -> code;
            case MEMBER_CODE -> member + "/" + code;
        };
        return new CounterKey(schemeId, resource, subject);
    }

    @Override
    public int compareTo(CounterKey other) {
        return ORDER.compare(this, other);
    }
}
