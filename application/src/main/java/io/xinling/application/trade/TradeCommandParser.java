package io.xinling.application.trade;

import io.vavr.control.Either;
import io.xinling.application.trade.CalculateLineAmountsUseCase.CalculateCommand;
import io.xinling.application.trade.CalculateLineAmountsUseCase.LineText;
import io.xinling.domain.partner.PartnerId;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a create command into a draft: the header checked here, the lines by the line-amounts parser. */
final class TradeCommandParser {

    private TradeCommandParser() {
    }

    static Either<TradeDocumentError, TradeDraft> parse(TradeDocumentCommands.Create c) {
        Optional<TradeDocumentError> header = header(c);
        if (header.isPresent()) {
            return Either.left(header.get());
        }
        List<TradeDocumentCommands.Line> in = c.lines() == null ? List.of() : c.lines();
        List<LineText> texts = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            TradeDocumentCommands.Line l = in.get(i);
            Optional<TradeDocumentError> bad = line(c.kind(), c.deliveryId() != null, i, l);
            bad = bad.isPresent() ? bad : orderLine(c.orderId() != null, i, l);
            bad = bad.isPresent() ? bad : LineStockParser.check(i, l);
            if (bad.isPresent()) {
                return Either.left(bad.get());
            }
            texts.add(new LineText(l.skuId(), l.quantity(), l.price(), l.discountPercent(), l.taxRatePercent(), l.gift()));
        }
        var calc = new CalculateCommand(c.currency(), c.exchangeRate(),
                c.priceEntry() == null ? "tax-exclusive" : c.priceEntry(), c.orderDiscount(), texts);
        return LineAmountsService.parse(calc).<TradeDocumentError>mapLeft(TradeDocumentError.Refused::new).map(p -> {
            List<TradeLine> lines = new ArrayList<>();
            for (int i = 0; i < in.size(); i++) {
                lines.add(new TradeLine(p.lines().get(i), in.get(i).unit().strip(),
                        Optional.ofNullable(in.get(i).deliveryLine()), Optional.ofNullable(in.get(i).orderLine()),
                        LineStockParser.parse(in.get(i))));
            }
            return new TradeDraft(c.kind(), new PartnerId(c.partnerId()), c.warehouseId(), LocalDate.parse(c.date().strip()),
                    p.rate(), p.entry(), p.orderDiscount(), Optional.ofNullable(c.deliveryId()), Optional.ofNullable(c.orderId()),
                    Optional.ofNullable(c.note()).filter(n -> !n.isBlank()), lines, Boolean.TRUE.equals(c.estimated()));
        });
    }

    private static Optional<TradeDocumentError> header(TradeDocumentCommands.Create c) {
        if (c.partnerId() == null || c.partnerId() <= 0) {
            return invalid("partnerId", "a positive partner id is required");
        }
        if (c.warehouseId() == null || c.warehouseId() <= 0) {
            return invalid("warehouseId", "a positive warehouse id is required");
        }
        if (c.date() == null) {
            return invalid("date", "is required");
        }
        try {
            LocalDate.parse(c.date().strip());
        } catch (DateTimeParseException e) {
            return invalid("date", "is not a date (yyyy-MM-dd)");
        }
        if (c.kind() == TradeKind.SALES_RETURN && c.deliveryId() != null && c.deliveryId() <= 0) {
            return invalid("deliveryId", "a positive sales delivery id is required when given");
        }
        if (c.kind() == TradeKind.PURCHASE_RETURN && c.deliveryId() != null && c.deliveryId() <= 0) {
            return invalid("receiptId", "a positive purchase receipt id is required when given");
        }
        if (!c.kind().isReturn() && c.deliveryId() != null) {
            return invalid("deliveryId", "only a sales return names a delivery");
        }
        if (Boolean.TRUE.equals(c.estimated()) && c.kind() != TradeKind.PURCHASE_RECEIPT) {
            return invalid("estimated", "only a purchase receipt is estimated (暂估入库)");
        }
        if (Boolean.TRUE.equals(c.estimated()) && c.currency() != null && !c.currency().strip().equals("CNY")) {
            return invalid("estimated", "an estimated receipt is in CNY, the currency its estimate is booked in");
        }
        boolean fulfils = c.kind() == TradeKind.SALES_DELIVERY || c.kind() == TradeKind.PURCHASE_RECEIPT;
        if (c.orderId() != null && (!fulfils || c.orderId() <= 0)) {
            return invalid("orderId", "only a delivery or a receipt names the order it fulfils");
        }
        return Optional.empty();
    }

    private static Optional<TradeDocumentError> orderLine(boolean againstOrder, int i, TradeDocumentCommands.Line l) {
        if (l == null || againstOrder == (l.orderLine() != null && l.orderLine() > 0)) {
            return Optional.empty();
        }
        return invalid("lines[" + i + "].orderLine", againstOrder ? "the 1-based line of the order is required"
                : "only a line of a document against an order names an order line");
    }

    private static Optional<TradeDocumentError> line(TradeKind kind, boolean referenced, int i, TradeDocumentCommands.Line l) {
        String at = "lines[" + i + "].";
        if (l == null) {
            return invalid("lines[" + i + "]", "is required");
        }
        if (l.unit() == null || l.unit().isBlank()) {
            return invalid(at + "unit", "is required");
        }
        if (l.unit().strip().length() > 16) {
            return invalid(at + "unit", "a unit code has at most 16 characters");
        }
        String field = at + (kind == TradeKind.PURCHASE_RETURN ? "receiptLine" : "deliveryLine");
        if (referenced && (l.deliveryLine() == null || l.deliveryLine() <= 0)) {
            return invalid(field, "the 1-based line of the " + (kind == TradeKind.PURCHASE_RETURN ? "receipt" : "delivery")
                    + " is required");
        }
        if (!referenced && l.deliveryLine() != null) {
            return invalid(field, kind == TradeKind.PURCHASE_RETURN ? "only a return referencing a receipt names its line"
                    : "only a sales return line names a delivery line");
        }
        return Optional.empty();
    }

    private static Optional<TradeDocumentError> invalid(String field, String reason) {
        return Optional.of(new TradeDocumentError.Invalid(field, reason));
    }
}
