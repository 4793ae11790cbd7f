package io.xinling.domain.promotion.rule;

/**
 * A per-unit benefit primitive (spec 0.2): set the unit price ({@code PRICE}, minor units), pay a rate
 * on the line amount ({@code PAY_RATE}, basis points, one half-up rounding) or take an amount off each
 * unit ({@code AMOUNT_OFF}). Never raises a price.
 */
public record ItemBenefit(Kind kind, long value) {

    public enum Kind { PRICE, PAY_RATE, AMOUNT_OFF }

    public ItemBenefit {
        if (value < 0 || kind == Kind.PAY_RATE && value > Amounts.BP) {
            throw new IllegalArgumentException("bad item benefit " + kind + " " + value);
        }
    }

    public static ItemBenefit price(long minor) {
        return new ItemBenefit(Kind.PRICE, minor);
    }

    public static ItemBenefit payRate(long bp) {
        return new ItemBenefit(Kind.PAY_RATE, bp);
    }

    public static ItemBenefit amountOff(long minor) {
        return new ItemBenefit(Kind.AMOUNT_OFF, minor);
    }

    /** The discount on {@code units} units worth {@code amount} in total at {@code unitPrice} each. */
    public long discount(long unitPrice, long units, long amount) {
        long d = switch (kind) {
            case PRICE -> (unitPrice - value) * units;
            case PAY_RATE -> amount - Amounts.applyRate(amount, value);
            case AMOUNT_OFF -> Math.min(unitPrice, value) * units;
        };
        return Math.max(0, Math.min(d, amount));
    }

    /** The discount on a whole line at its current payable (exact for fractional quantities too). */
    public long discountOnLine(LineView v) {
        long units = v.lineUnits();
        if (units > 0) {
            return discount(v.refUnit(), units, v.payable());
        }
        long d = switch (kind) {
            case PRICE -> v.payable() - Amounts.times(value, v.line().quantity());
            case PAY_RATE -> v.payable() - Amounts.applyRate(v.payable(), value);
            case AMOUNT_OFF -> Amounts.times(value, v.line().quantity());
        };
        return Math.max(0, Math.min(d, v.payable()));
    }

    /**
     * The benefit as a basis ("price 9.90", "pay 8800bp", "off 1.00/unit"). Rules make a new benefit on every
     * evaluation from the same few parameters, so the texts are kept in a small table shared by all threads: each
     * slot holds an immutable entry (safely published through its final fields), and a slot taken by another
     * benefit is simply formatted again.
     */
    public String describe() {
        int slot = (int) (((value * 3 + kind.ordinal()) * 0x9E3779B97F4A7C15L) >>> 58);
        Described d = DESCRIBED[slot];
        if (d != null && d.kind == kind && d.value == value) {
            return d.text;
        }
        String text = format();
        DESCRIBED[slot] = new Described(kind, value, text);
        return text;
    }

    private static final Described[] DESCRIBED = new Described[64];

    private record Described(Kind kind, long value, String text) {
    }

    private String format() {
        return switch (kind) {
            case PRICE -> Amounts.yuan("price ", value, "");
            case PAY_RATE -> "pay " + value + "bp";
            case AMOUNT_OFF -> Amounts.yuan("off ", value, "/unit");
        };
    }
}
