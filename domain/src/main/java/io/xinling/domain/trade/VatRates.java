package io.xinling.domain.trade;

import io.xinling.domain.kernel.TaxRate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * VAT rates as dated data (spec 3.5): a line's rate must be one the tenant's table holds valid on the
 * document's date. A tenant's table starts as {@link #CHINA}: 13 % and 9 % (since 2019-04-01, 财政部 税务总局
 * 海关总署公告2019年第39号), 6 % and 0 % (since 营改增, 2016-05-01), the levy rates (征收率) of the simplified
 * method, 5 % and 3 %, which small-scale taxpayers charge ({@link LevyRates}), and the reduction of 3 % to 1 % for
 * 2023-01-01 to 2027-12-31 (公告2023年第19号).
 */
public final class VatRates {

    private static final LocalDate VAT_REFORM = LocalDate.of(2016, 5, 1);

    public static final List<VatRate> CHINA = List.of(
            new VatRate(TaxRate.ofPercent("13"), LocalDate.of(2019, 4, 1), Optional.empty()),
            new VatRate(TaxRate.ofPercent("9"), LocalDate.of(2019, 4, 1), Optional.empty()),
            new VatRate(TaxRate.ofPercent("6"), VAT_REFORM, Optional.empty()),
            new VatRate(TaxRate.ofPercent("5"), VAT_REFORM, Optional.empty()),
            new VatRate(TaxRate.ofPercent("3"), VAT_REFORM, Optional.empty()),
            new VatRate(TaxRate.ofPercent("1"), LocalDate.of(2023, 1, 1), Optional.of(LocalDate.of(2027, 12, 31))),
            new VatRate(TaxRate.ZERO, VAT_REFORM, Optional.empty()));

    private VatRates() {
    }

    /** Whether {@code table} holds {@code rate} valid on {@code date}. */
    public static boolean allows(List<VatRate> table, TaxRate rate, LocalDate date) {
        return table.stream().anyMatch(r -> r.rate().equals(rate) && r.validOn(date));
    }

    /** The rates of {@code table} valid on {@code date}, as percent figures ("13, 9, 6"), for a refusal. */
    public static String validOn(List<VatRate> table, LocalDate date) {
        return table.stream().filter(r -> r.validOn(date)).map(r -> r.rate().rate().percent().toPlainString() + "%")
                .distinct().collect(Collectors.joining(", "));
    }
}
