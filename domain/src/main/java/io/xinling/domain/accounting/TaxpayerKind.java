package io.xinling.domain.accounting;

/** 增值税纳税人类型, a books setting: general taxpayers (一般纳税人) use the 222101 special columns, small-scale (小规模) the levy rate. */
public enum TaxpayerKind {
    GENERAL, SMALL_SCALE;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<TaxpayerKind> fromWireName(String name) {
        return java.util.Arrays.stream(values()).filter(k -> k.wireName().equals(name)).findFirst();
    }
}
