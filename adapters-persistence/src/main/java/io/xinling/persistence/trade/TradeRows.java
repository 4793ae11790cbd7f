package io.xinling.persistence.trade;

import io.xinling.application.trade.TradeDocument;
import io.xinling.application.trade.TradeDraft;
import io.xinling.application.trade.LineStock;
import io.xinling.application.trade.TradeKind;
import io.xinling.application.trade.TradeLine;
import io.xinling.application.trade.TradeStatus;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Percentage;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TaxRate;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.pricing.ExchangeRate;
import io.xinling.domain.pricing.UnitPrice;
import io.xinling.domain.trade.LineInput;
import io.xinling.domain.trade.PriceEntry;
import io.xinling.persistence.jooq.tables.records.TradeDocumentLinesRecord;
import io.xinling.persistence.jooq.tables.records.TradeDocumentsRecord;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Hand-written mapping of trade document rows to the application's documents. */
final class TradeRows {

    private TradeRows() {
    }

    static TradeDocument toDocument(TradeDocumentsRecord r, List<TradeDocumentLinesRecord> rows) {
        Currency currency = Currency.getInstance(r.getCurrency().strip());
        List<TradeLine> lines = rows.stream().map(l -> toLine(l, currency)).toList();
        TradeDraft draft = new TradeDraft(TradeKind.valueOf(r.getKind()), new PartnerId(r.getPartnerId()),
                r.getWarehouseId(), r.getDocDate(), new ExchangeRate(currency, r.getExchangeRate()),
                PriceEntry.valueOf(r.getPriceEntry()), Money.of(r.getOrderDiscountMinor(), currency),
                Optional.ofNullable(r.getDeliveryId()), Optional.ofNullable(r.getOrderId()), Optional.ofNullable(r.getNote()),
                lines, Boolean.TRUE.equals(r.getEstimated()));
        // an estimated receipt's gross_minor is what its live invoices add up to plus the estimate of the lines they leave
        long open = draft.estimated() && r.getGrossMinor() != null ? r.getGrossMinor() - r.getInvoicedMinor() : 0;
        return new TradeDocument(r.getDocumentId(), r.getNumber(), TradeStatus.valueOf(r.getStatus()), draft,
                Optional.ofNullable(r.getInventoryDocumentId()), Optional.ofNullable(r.getOpenItemId()),
                Money.of(r.getInvoicedMinor(), currency), Money.of(open, currency));
    }

    private static TradeLine toLine(TradeDocumentLinesRecord l, Currency currency) {
        LineInput input = new LineInput(l.getSkuId(), new Quantity(l.getQuantity()), new UnitPrice(l.getPrice(), currency),
                new Percentage(l.getDiscount()), new TaxRate(new Percentage(l.getTaxRate())), l.getGift());
        LineStock stock = new LineStock(Optional.ofNullable(l.getBatch()), Optional.ofNullable(l.getProducedOn()),
                Optional.ofNullable(l.getExpiresOn()),
                l.getSerials() == null ? List.of() : List.of(l.getSerials().split("\n")));
        return new TradeLine(input, l.getUnit(), Optional.ofNullable(l.getDeliveryLine()),
                Optional.ofNullable(l.getOrderLine()), stock);
    }
}
