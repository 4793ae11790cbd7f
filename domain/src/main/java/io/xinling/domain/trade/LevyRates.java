package io.xinling.domain.trade;

import io.vavr.control.Either;
import io.xinling.domain.kernel.TaxRate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Spec 3.5 and 5.4: a small-scale taxpayer (小规模纳税人) charges a levy rate (征收率) on its sales, not the general
 * rates: 3 %, 5 % (the simplified method's other levy rate, small-scale return line 4), 1 % while the reduction of
 * 财政部 税务总局公告2023年第19号 runs (to 2027-12-31), or 0 % for exempt sales. Held as data with validity dates, so
 * the table is revalidated, not the code, when the policy changes.
 */
public final class LevyRates {

    /** One levy rate, valid from {@code from} through {@code through} (open when empty), with the rule that grants it. */
    public record Levy(TaxRate rate, LocalDate from, Optional<LocalDate> through, String basis) {

        public Levy {
            Objects.requireNonNull(rate, "rate");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(through, "through");
            Objects.requireNonNull(basis, "basis");
        }

        boolean validOn(LocalDate date) {
            return !date.isBefore(from) && through.map(t -> !date.isAfter(t)).orElse(true);
        }
    }

    public static final List<Levy> TABLE = List.of(
            new Levy(TaxRate.ofPercent("3"), LocalDate.MIN, Optional.empty(), "征收率"),
            new Levy(TaxRate.ofPercent("5"), LocalDate.MIN, Optional.empty(), "征收率 (简易计税)"),
            new Levy(TaxRate.ofPercent("1"), LocalDate.of(2023, 1, 1), Optional.of(LocalDate.of(2027, 12, 31)),
                    "减按1% 财政部 税务总局公告2023年第19号"),
            new Levy(TaxRate.ZERO, LocalDate.MIN, Optional.empty(), "免税"));

    private LevyRates() {
    }

    /** The levy rates valid on {@code date}. */
    public static List<TaxRate> validOn(LocalDate date) {
        return TABLE.stream().filter(l -> l.validOn(date)).map(Levy::rate).toList();
    }

    /** Each line's rate is a levy rate valid on the document's date; else the first line that is not, as a refusal. */
    public static Either<TradeError, List<LineInput>> check(List<LineInput> lines, LocalDate date) {
        List<TaxRate> valid = validOn(date);
        for (int i = 0; i < lines.size(); i++) {
            TaxRate rate = lines.get(i).taxRate();
            if (valid.stream().noneMatch(v -> v.rate().fraction().compareTo(rate.rate().fraction()) == 0)) {
                return Either.left(new TradeError.NotALevyRate(i, rate.toString(), date.toString(),
                        valid.stream().map(TaxRate::toString).collect(Collectors.joining(", "))));
            }
        }
        return Either.right(lines);
    }
}
