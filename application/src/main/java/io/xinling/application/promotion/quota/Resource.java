package io.xinling.application.promotion.quota;

/**
 * The limited resources of a scheme across orders (spec 3.11), named as in the scheme's {@code limits}.
 * Uses count one per order that applied the scheme; units count the units at the promotional price;
 * gifts count gift units; the budget counts the benefit in minor units. The per-code limits count one per order
 * that applied the scheme with its public coupon code, in all and per member, on a counter of that code (a new
 * version with another code starts a new count).
 */
public enum Resource {
    USES_TOTAL("usesTotal", Subject.SCHEME),
    USES_PER_CUSTOMER("usesPerCustomer", Subject.MEMBER),
    USES_PER_CUSTOMER_PER_DAY("usesPerCustomerPerDay", Subject.MEMBER_DAY),
    QTY_PER_CUSTOMER("qtyPerCustomer", Subject.MEMBER),
    ACTIVITY_STOCK("activityStock", Subject.SCHEME),
    GIFT_STOCK("giftStock", Subject.SCHEME),
    BUDGET("budget", Subject.SCHEME),
    PER_CODE_USES("perCodeUses", Subject.CODE),
    PER_CODE_PER_CUSTOMER("perCodePerCustomer", Subject.MEMBER_CODE);

    /**
     * Whom a counter of this resource counts for: the scheme, a member, a member on a day, the scheme's public coupon
     * code ({@code audience.couponCode}, a 优惠码 many customers share), or a member using that code.
     */
    public enum Subject { SCHEME, MEMBER, MEMBER_DAY, CODE, MEMBER_CODE }

    private final String wireName;
    private final Subject subject;

    Resource(String wireName, Subject subject) {
        this.wireName = wireName;
        this.subject = subject;
    }

    public String wireName() {
        return wireName;
    }

    public Subject subject() {
        return subject;
    }

    public static Resource ofWire(String name) {
        for (Resource r : values()) {
            if (r.wireName.equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no resource " + name);
    }
}
