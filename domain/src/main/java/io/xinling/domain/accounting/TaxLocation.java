package io.xinling.domain.accounting;

import java.math.BigDecimal;

/** Where the taxpayer sits, a books setting: it fixes the 城市维护建设税 rate (市区 7%, 县城镇 5%, 其他 1%), C-3. */
public enum TaxLocation {
    URBAN("0.07"), COUNTY("0.05"), OTHER("0.01");

    private final BigDecimal cityTaxRate;

    TaxLocation(String cityTaxRate) {
        this.cityTaxRate = new BigDecimal(cityTaxRate);
    }

    public BigDecimal cityTaxRate() {
        return cityTaxRate;
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static java.util.Optional<TaxLocation> fromWireName(String name) {
        return java.util.Arrays.stream(values()).filter(k -> k.wireName().equals(name)).findFirst();
    }
}
