package io.xinling.application.promotion.quota;

/** Take {@code amount} of a counter, but only while what is taken stays within {@code limit}. */
public record Claim(CounterKey key, long amount, long limit) {

    public Claim {
        if (amount <= 0 || limit < 0) {
            throw new IllegalArgumentException("a claim takes a positive amount within a non-negative limit");
        }
    }
}
