package io.xinling.domain.promotion.coupon;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** When a coupon may be redeemed: a fixed window {@code [from, to)}, or N days from the moment it is issued. */
public sealed interface Validity {

    /** The window of a coupon issued at {@code issuedAt}. */
    Window windowFor(Instant issuedAt);

    record Window(Instant from, Instant to) {
        public Window {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("an empty validity window");
            }
        }

        public boolean contains(Instant at) {
            return !at.isBefore(from) && at.isBefore(to);
        }
    }

    record Fixed(Window window) implements Validity {
        @Override
        public Window windowFor(Instant issuedAt) {
            return window;
        }
    }

    record DaysFromIssue(int days) implements Validity {
        public DaysFromIssue {
            if (days <= 0) {
                throw new IllegalArgumentException("days must be positive");
            }
        }

        @Override
        public Window windowFor(Instant issuedAt) {
            return new Window(issuedAt, issuedAt.plus(Duration.ofDays(days)));
        }
    }
}
