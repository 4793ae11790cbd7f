package io.xinling.web.trade;

import io.xinling.application.trade.TradeDocument;
import io.xinling.application.trade.TradeDocumentView;
import io.xinling.application.trade.TradeDraft;
import io.xinling.application.trade.TradeInvoice;
import io.xinling.application.trade.TradeKind;
import io.xinling.application.trade.TradeStatus;
import io.xinling.application.trade.TradeLine;
import io.xinling.application.trade.TradePage;
import io.xinling.application.trade.TradeReminders;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Percentage;
import io.xinling.domain.trade.DocumentAmounts;
import io.xinling.domain.trade.LineAmounts;

import java.util.ArrayList;
import java.util.List;

/** Response bodies of the purchase and sales documents, mapped by hand from the views. */
final class TradeDocumentViews {

    private TradeDocumentViews() {
    }

    static TradeDocumentDtos.DocumentBody document(TradeDocumentView v) {
        TradeDraft d = v.document().draft();
        DocumentAmounts a = v.amounts();
        boolean purchase = d.kind() == TradeKind.PURCHASE_RETURN;
        List<TradeDocumentDtos.LineBody> lines = new ArrayList<>();
        for (int i = 0; i < d.lines().size(); i++) {
            lines.add(line(d.kind() == TradeKind.PURCHASE_RETURN, i, d.lines().get(i), a.lines().get(i), v.lineCosts().isEmpty() ? null
                    : v.lineCosts().get(i).format(), v.fulfilled().isEmpty() ? null : v.fulfilled().get(i).format()));
        }
        return new TradeDocumentDtos.DocumentBody(v.document().id(), v.document().number(), d.kind().wire(), v.document().status().wire(),
                d.partner().value(), d.warehouse(), d.date().toString(), d.rate().currency().getCurrencyCode(),
                d.rate().format(), WebParams.wire(d.entry()), d.orderDiscount().format(),
                purchase ? null : d.delivery().orElse(null), purchase ? d.delivery().orElse(null) : null,
                d.order().orElse(null), d.note().orElse(null), v.document().inventoryDocument().orElse(null), v.document().openItem().orElse(null),
                a.net().format(), a.tax().format(), a.gross().format(), a.bookNet().format(), a.bookTax().format(),
                a.bookGross().format(), d.kind().isPosting() ? v.document().invoiced().format() : null,
                v.document().status() == TradeStatus.POSTED ? toInvoice(v.document(), a).format() : null, lines,
                d.kind() == TradeKind.PURCHASE_RECEIPT ? d.estimated() : null);
    }

    /** What is left to invoice; of an estimated receipt, the estimate gross of the lines no live invoice settles. */
    private static Money toInvoice(TradeDocument doc, DocumentAmounts a) {
        if (doc.draft().estimated()) {
            return doc.estimateOpen();
        }
        return a.gross().minus(doc.invoiced());
    }

    static TradeDocumentDtos.InvoiceBody invoice(TradeInvoice i) {
        return new TradeDocumentDtos.InvoiceBody(i.id(), i.document(), i.number(), i.date().toString(), i.amount().format(),
                i.amount().currency().getCurrencyCode(), i.voided(), i.lines().isEmpty() ? null : i.lines().stream()
                .map(l -> new TradeDocumentDtos.InvoiceLineBody(l.line(), percent(l.rate().rate()), l.net().format(),
                        l.tax().format(), l.gross().format())).toList(),
                i.openItem().orElse(null), i.stockDocument().orElse(null));
    }

    static TradeDocumentDtos.PageBody page(TradePage<TradeDocumentView> page) {
        return new TradeDocumentDtos.PageBody(page.items().stream().map(TradeDocumentViews::document).toList(),
                page.total(), page.limit(), page.offset());
    }

    static TradeDocumentDtos.RemindersBody reminders(TradeReminders r) {
        return new TradeDocumentDtos.RemindersBody(waiting(r.toApprove()), waiting(r.toDeliver()), waiting(r.toReceive()),
                waiting(r.toPost()), waiting(r.toInvoice()));
    }

    private static TradeDocumentDtos.WaitingBody waiting(TradeReminders.Waiting w) {
        return new TradeDocumentDtos.WaitingBody(w.count(), w.ids());
    }

    private static TradeDocumentDtos.LineBody line(boolean purchase, int i, TradeLine l, LineAmounts a, String cost, String fulfilled) {
        return new TradeDocumentDtos.LineBody(i + 1, l.input().sku(), l.input().quantity().format(), l.unit(),
                l.input().price().format(), percent(l.input().discount()), percent(l.input().taxRate().rate()),
                l.input().gift(), purchase ? null : l.deliveryLine().orElse(null),
                purchase ? l.deliveryLine().orElse(null) : null, l.orderLine().orElse(null),
                l.stock().batch().orElse(null), l.stock().producedOn().map(Object::toString).orElse(null),
                l.stock().expiresOn().map(Object::toString).orElse(null),
                l.stock().serials().isEmpty() ? null : l.stock().serials(), a.amount().format(),
                a.net().format(), a.tax().format(), a.gross().format(), cost, fulfilled);
    }

    private static String percent(Percentage p) {
        return p.percent().stripTrailingZeros().toPlainString();
    }
}
