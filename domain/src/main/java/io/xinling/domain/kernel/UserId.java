package io.xinling.domain.kernel;

/** A user of one tenant. */
public record UserId(long value) {

    public UserId {
        if (value <= 0) {
            throw new IllegalArgumentException("user id must be positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
