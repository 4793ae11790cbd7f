package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.ForeignAmount;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.kernel.Money;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Turns client input into voucher lines, naming the field of the first refusal. */
final class LineParser {

    static final int MAX_LINES = 500;
    private static final int MAX_TEXT = 200;

    private LineParser() {
    }

    static Either<AccountingError, VoucherWord> word(String label) {
        if (label == null || label.isBlank()) {
            return Either.right(VoucherWord.JI);
        }
        return VoucherWord.fromLabel(label.strip()).<Either<AccountingError, VoucherWord>>map(Either::right)
                .orElseGet(() -> Either.left(new AccountingError.InvalidField("word", "one of 记, 收, 付, 转")));
    }

    static Either<AccountingError, List<VoucherLine>> lines(List<LineInput> inputs) {
        if (inputs == null || inputs.isEmpty() || inputs.size() > MAX_LINES) {
            return Either.left(new AccountingError.InvalidField("lines", "1 to " + MAX_LINES + " lines"));
        }
        List<VoucherLine> lines = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Either<AccountingError, VoucherLine> line = line("lines[" + i + "]", inputs.get(i));
            if (line.isLeft()) {
                return Either.left(line.getLeft());
            }
            lines.add(line.get());
        }
        return Either.right(lines);
    }

    private static Either<AccountingError, VoucherLine> line(String field, LineInput input) {
        if (input == null) {
            return Either.left(new AccountingError.InvalidField(field, "a line is required"));
        }
        if (input.summary() != null && input.summary().length() > MAX_TEXT) {
            return Either.left(new AccountingError.InvalidField(field + ".summary", "at most " + MAX_TEXT + " characters"));
        }
        return AccountCode.parse(field + ".account", input.account())
                .flatMap(account -> dimensions(field + ".dimensions", input.dimensions())
                        .flatMap(dims -> amount(field + ".debit", input.debit())
                                .flatMap(debit -> amount(field + ".credit", input.credit())
                                        .flatMap(credit -> sides(field, input.summary(), account, dims, debit, credit))
                                        .flatMap(line -> foreign(field, input, line)))));
    }

    private static Either<AccountingError, VoucherLine> sides(String field, String summary, AccountCode account,
                                                              DimensionValues dims, Money debit, Money credit) {
        if (debit.isZero() == credit.isZero()) {
            return Either.left(new AccountingError.InvalidField(field, "exactly one of debit and credit is non-zero"));
        }
        return Either.right(new VoucherLine(summary, account, dims, debit, credit));
    }

    /** The original-currency part of a line: all of currency, originalAmount and rate, or none of them. */
    private static Either<AccountingError, VoucherLine> foreign(String field, LineInput input, VoucherLine line) {
        if (input.currency() == null && input.originalAmount() == null && input.rate() == null) {
            return Either.right(line);
        }
        java.util.Currency currency;
        try {
            currency = java.util.Currency.getInstance(input.currency() == null ? "" : input.currency().strip());
        } catch (IllegalArgumentException e) {
            return Either.left(new AccountingError.InvalidField(field + ".currency", "an ISO 4217 code other than CNY"));
        }
        if (currency.equals(Money.CNY)) {
            return Either.left(new AccountingError.InvalidField(field + ".currency", "an ISO 4217 code other than CNY"));
        }
        java.math.BigDecimal rate;
        try {
            rate = new java.math.BigDecimal(input.rate() == null ? "" : input.rate().strip());
        } catch (NumberFormatException e) {
            return Either.left(new AccountingError.InvalidField(field + ".rate", "a positive decimal with at most 6 decimals"));
        }
        if (rate.signum() <= 0 || rate.scale() > 6 || rate.compareTo(new java.math.BigDecimal("1000000")) >= 0) {
            return Either.left(new AccountingError.InvalidField(field + ".rate", "a positive decimal with at most 6 decimals"));
        }
        return amount(field + ".originalAmount", input.originalAmount() == null ? "" : input.originalAmount(), currency)
                .flatMap(original -> {
                    Money onSide = line.isDebit() ? line.debit() : line.credit();
                    Money expected = Money.round(original.toDecimal().multiply(rate), Money.CNY, java.math.RoundingMode.HALF_UP);
                    if (original.isZero() || !expected.equals(onSide)) {
                        return Either.left(new AccountingError.InvalidField(field + ".originalAmount",
                                "non-zero, with the line's amount = round2(originalAmount × rate) = " + expected.format()));
                    }
                    return Either.right(new VoucherLine(line.summary(), line.account(), line.dimensions(), line.debit(),
                            line.credit(), java.util.Optional.of(new ForeignAmount(original, rate))));
                });
    }

    /** The documented form of a line's debit or credit: a plain decimal with at most two decimals. */
    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("-?\\d+(\\.\\d{1,2})?");

    private static Either<AccountingError, Money> amount(String field, String text) {
        if (text != null && !text.isBlank() && !AMOUNT.matcher(text.strip()).matches()) {
            return Either.left(new AccountingError.InvalidField(field,
                    "a decimal string with at most two decimals such as \"100.00\" (pattern ^-?\\d+(\\.\\d{1,2})?$)"));
        }
        return amount(field, text, Money.CNY);
    }

    private static Either<AccountingError, Money> amount(String field, String text, java.util.Currency currency) {
        if (text == null || text.isBlank()) {
            return Either.right(Money.zero(currency));
        }
        return Money.parse(field, text, currency)
                .mapLeft(e -> new AccountingError.InvalidField(field, e.message().substring(e.message().indexOf(": ") + 2)));
    }

    static Either<AccountingError, DimensionValues> dimensions(String field, Map<String, String> input) {
        Map<Dimension, String> values = new EnumMap<>(Dimension.class);
        for (Map.Entry<String, String> e : input.entrySet()) {
            var dimension = Dimension.fromWireName(e.getKey());
            if (dimension.isEmpty()) {
                return Either.left(new AccountingError.InvalidField(field + "." + e.getKey(), "unknown dimension"));
            }
            String value = e.getValue();
            if (value == null || value.isBlank() || value.length() > 64 || value.contains(";") || value.contains("=")) {
                return Either.left(new AccountingError.InvalidField(field + "." + e.getKey(),
                        "1 to 64 characters, without ';' or '='"));
            }
            values.put(dimension.get(), value);
        }
        return Either.right(DimensionValues.of(values));
    }
}
