package io.xinling.application.trade;

import io.vavr.control.Either;
import io.xinling.application.trade.TradeInvoiceUseCases.InvoiceLine;
import io.xinling.domain.kernel.KernelError;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Percentage;
import io.xinling.domain.kernel.TaxRate;
import io.xinling.domain.trade.InvoicedLine;
import io.xinling.domain.trade.VatRate;
import io.xinling.domain.trade.VatRates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of a supplier invoice settling an estimated receipt, checked one by one (the first bad field refused):
 * one or more receipt lines, each named once; a net or a gross in CNY with at most two decimals, not negative; a VAT
 * rate the tenant's table holds valid on the invoice's date; a tax, when sent, equal to what the rate gives (I-19).
 */
final class InvoiceLineParser {

    private InvoiceLineParser() {
    }

    /** The invoice's lines in receipt line order: all the receipt's lines or some of them (a partial invoice). */
    static Either<TradeDocumentError, List<InvoicedLine>> parse(List<InvoiceLine> in, int receiptLines,
                                                              List<VatRate> table, LocalDate on) {
        if (in.size() > receiptLines) {
            return invalid("lines", "the receipt has " + receiptLines + " line(s): its invoice gives at most one line for each");
        }
        InvoicedLine[] byLine = new InvoicedLine[receiptLines];
        for (int i = 0; i < in.size(); i++) {
            Either<TradeDocumentError, InvoicedLine> line = line(in.get(i), "lines[" + i + "].", receiptLines, table, on);
            if (line.isLeft()) {
                return Either.left(line.getLeft());
            }
            int no = line.get().line();
            if (byLine[no - 1] != null) {
                return invalid("lines[" + i + "].line", "receipt line " + no + " is invoiced twice");
            }
            byLine[no - 1] = line.get();
        }
        return Either.right(new ArrayList<>(Arrays.stream(byLine).filter(java.util.Objects::nonNull).toList()));
    }

    private static Either<TradeDocumentError, InvoicedLine> line(InvoiceLine l, String at, int receiptLines,
                                                               List<VatRate> table, LocalDate on) {
        if (l == null) {
            return invalid(at.substring(0, at.length() - 1), "is required");
        }
        if (l.line() == null || l.line() < 1 || l.line() > receiptLines) {
            return invalid(at + "line", "is a line of the receipt, 1 to " + receiptLines);
        }
        if ((l.net() == null) == (l.gross() == null)) {
            return invalid(at + "net", "give either net (tax-exclusive) or gross (tax-inclusive)");
        }
        Either<KernelError, Percentage> percent = LineAmountsService.percent(at + "taxRatePercent", l.taxRatePercent());
        boolean byNet = l.net() != null;
        Either<KernelError, Money> amount = Money.parse(at + (byNet ? "net" : "gross"), byNet ? l.net() : l.gross(), Money.CNY);
        for (Either<KernelError, ?> e : List.of(percent, amount)) {
            if (e.isLeft()) {
                return Either.left(new TradeDocumentError.Refused(e.getLeft()));
            }
        }
        if (amount.get().isNegative()) {
            return invalid(at + (byNet ? "net" : "gross"), "must not be negative");
        }
        if (!percent.get().isBetweenZeroAndHundred() || !VatRates.allows(table, new TaxRate(percent.get()), on)) {
            return invalid(at + "taxRatePercent", percent.get().percent().toPlainString() + "% is not a VAT rate valid on "
                    + on + "; valid then: " + VatRates.validOn(table, on));
        }
        TaxRate rate = new TaxRate(percent.get());
        InvoicedLine line = byNet ? InvoicedLine.ofNet(l.line(), rate, amount.get())
                : InvoicedLine.ofGross(l.line(), rate, amount.get());
        if (l.tax() != null) {
            Either<KernelError, Money> tax = Money.parse(at + "tax", l.tax(), Money.CNY);
            if (tax.isLeft()) {
                return Either.left(new TradeDocumentError.Refused(tax.getLeft()));
            }
            if (!tax.get().equals(line.tax())) {
                return invalid(at + "tax", "is " + line.tax().format() + " at " + rate + " (spec 3.5), not " + tax.get().format());
            }
        }
        return Either.right(line);
    }

    private static <T> Either<TradeDocumentError, T> invalid(String field, String reason) {
        return Either.left(new TradeDocumentError.Invalid(field, reason));
    }
}
