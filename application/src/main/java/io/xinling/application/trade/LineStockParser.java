package io.xinling.application.trade;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** The batch, its dates and the serials of a line as entered: checked, then parsed. */
final class LineStockParser {

    private static final int MAX = 100;

    private LineStockParser() {
    }

    static Optional<TradeDocumentError> check(int i, TradeDocumentCommands.Line l) {
        String at = "lines[" + i + "].";
        if (l.batch() != null && (l.batch().isBlank() || l.batch().strip().length() > MAX)) {
            return invalid(at + "batch", "a batch number of 1 to " + MAX + " characters");
        }
        for (String field : List.of("producedOn", "expiresOn")) {
            String value = field.equals("producedOn") ? l.producedOn() : l.expiresOn();
            if (value != null && date(value).isEmpty()) {
                return invalid(at + field, "is not a date (yyyy-MM-dd)");
            }
            if (value != null && l.batch() == null) {
                return invalid(at + field, "only a line naming a batch gives its dates");
            }
        }
        List<String> serials = l.serials() == null ? List.of() : l.serials();
        for (int j = 0; j < serials.size(); j++) {
            String s = serials.get(j);
            if (s == null || s.isBlank() || s.strip().length() > MAX || s.chars().anyMatch(Character::isISOControl)) {
                return invalid(at + "serials[" + j + "]", "a serial number of 1 to " + MAX + " printable characters");
            }
        }
        return Optional.empty();
    }

    /** The line's stock part; {@link #check} passed. */
    static LineStock parse(TradeDocumentCommands.Line l) {
        return new LineStock(Optional.ofNullable(l.batch()).map(String::strip),
                Optional.ofNullable(l.producedOn()).flatMap(LineStockParser::date),
                Optional.ofNullable(l.expiresOn()).flatMap(LineStockParser::date),
                l.serials() == null ? List.of() : l.serials().stream().map(String::strip).toList());
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<TradeDocumentError> invalid(String field, String reason) {
        return Optional.of(new TradeDocumentError.Invalid(field, reason));
    }
}
