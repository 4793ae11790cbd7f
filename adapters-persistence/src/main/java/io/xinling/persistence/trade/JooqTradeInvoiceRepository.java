package io.xinling.persistence.trade;

import io.xinling.application.trade.TradeInvoice;
import io.xinling.application.trade.port.TradeInvoiceRepository;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.Percentage;
import io.xinling.domain.kernel.TaxRate;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.trade.InvoicedLine;
import io.xinling.persistence.jooq.tables.records.TradeInvoicesRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.xinling.persistence.jooq.Tables.TRADE_DOCUMENTS;
import static io.xinling.persistence.jooq.Tables.TRADE_INVOICES;
import static io.xinling.persistence.jooq.Tables.TRADE_INVOICE_LINES;

/** trade_invoices, and the invoiced amount and gross on trade_documents. */
public final class JooqTradeInvoiceRepository implements TradeInvoiceRepository {

    private final DSLContext dsl;

    public JooqTradeInvoiceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long add(TenantId tenant, long document, PartnerId partner, boolean sales, String number, LocalDate date,
                    Money amount, Instant at) {
        return dsl.insertInto(TRADE_INVOICES)
                .set(TRADE_INVOICES.TENANT_ID, tenant.value()).set(TRADE_INVOICES.DOCUMENT_ID, document)
                .set(TRADE_INVOICES.PARTNER_ID, partner.value()).set(TRADE_INVOICES.DIRECTION, direction(sales))
                .set(TRADE_INVOICES.NUMBER, number).set(TRADE_INVOICES.INVOICE_DATE, date)
                .set(TRADE_INVOICES.AMOUNT_MINOR, amount.minor())
                .set(TRADE_INVOICES.CURRENCY, amount.currency().getCurrencyCode())
                .set(TRADE_INVOICES.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                .returning(TRADE_INVOICES.INVOICE_ID).fetchSingle().getInvoiceId();
    }

    @Override
    public boolean numberTaken(TenantId tenant, boolean sales, PartnerId partner, String number) {
        return dsl.fetchExists(TRADE_INVOICES, TRADE_INVOICES.TENANT_ID.eq(tenant.value())
                .and(TRADE_INVOICES.DIRECTION.eq(direction(sales))).and(TRADE_INVOICES.PARTNER_ID.eq(partner.value()))
                .and(TRADE_INVOICES.NUMBER.eq(number)).and(TRADE_INVOICES.VOIDED_AT.isNull()));
    }

    @Override
    public List<TradeInvoice> of(TenantId tenant, long document) {
        return withLines(tenant, dsl.selectFrom(TRADE_INVOICES)
                .where(TRADE_INVOICES.TENANT_ID.eq(tenant.value()).and(TRADE_INVOICES.DOCUMENT_ID.eq(document)))
                .orderBy(TRADE_INVOICES.INVOICE_ID).fetch());
    }

    @Override
    public Optional<TradeInvoice> find(TenantId tenant, long document, long invoice) {
        return withLines(tenant, dsl.selectFrom(TRADE_INVOICES)
                .where(TRADE_INVOICES.TENANT_ID.eq(tenant.value()).and(TRADE_INVOICES.DOCUMENT_ID.eq(document))
                        .and(TRADE_INVOICES.INVOICE_ID.eq(invoice)))
                .fetch()).stream().findFirst();
    }

    @Override
    public void addLines(TenantId tenant, long invoice, List<InvoicedLine> lines) {
        var insert = dsl.insertInto(TRADE_INVOICE_LINES, TRADE_INVOICE_LINES.TENANT_ID, TRADE_INVOICE_LINES.INVOICE_ID,
                TRADE_INVOICE_LINES.LINE_NO, TRADE_INVOICE_LINES.TAX_RATE, TRADE_INVOICE_LINES.NET_MINOR,
                TRADE_INVOICE_LINES.TAX_MINOR);
        for (InvoicedLine l : lines) {
            insert = insert.values(tenant.value(), invoice, l.line(), l.rate().rate().fraction(), l.net().minor(),
                    l.tax().minor());
        }
        insert.execute();
    }

    @Override
    public void setSettlement(TenantId tenant, long invoice, Optional<Long> openItem, Optional<Long> stockDocument) {
        dsl.update(TRADE_INVOICES).set(TRADE_INVOICES.OPEN_ITEM_ID, openItem.orElse(null))
                .set(TRADE_INVOICES.STOCK_DOCUMENT_ID, stockDocument.orElse(null))
                .where(TRADE_INVOICES.TENANT_ID.eq(tenant.value()).and(TRADE_INVOICES.INVOICE_ID.eq(invoice))).execute();
    }

    @Override
    public void setReversalItem(TenantId tenant, long invoice, Optional<Long> reversalItem) {
        dsl.update(TRADE_INVOICES).set(TRADE_INVOICES.REVERSAL_ITEM_ID, reversalItem.orElse(null))
                .where(TRADE_INVOICES.TENANT_ID.eq(tenant.value()).and(TRADE_INVOICES.INVOICE_ID.eq(invoice))).execute();
    }

    /** The invoices with the lines of those that settle an estimated receipt, read in one more query. */
    private List<TradeInvoice> withLines(TenantId tenant, List<TradeInvoicesRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<InvoicedLine>> lines = new HashMap<>();
        dsl.selectFrom(TRADE_INVOICE_LINES)
                .where(TRADE_INVOICE_LINES.TENANT_ID.eq(tenant.value()),
                        TRADE_INVOICE_LINES.INVOICE_ID.in(rows.stream().map(TradeInvoicesRecord::getInvoiceId).toList()))
                .orderBy(TRADE_INVOICE_LINES.INVOICE_ID, TRADE_INVOICE_LINES.LINE_NO)
                .forEach(l -> lines.computeIfAbsent(l.getInvoiceId(), k -> new ArrayList<>()).add(new InvoicedLine(
                        l.getLineNo(), new TaxRate(new Percentage(l.getTaxRate())), Money.of(l.getNetMinor(), Money.CNY),
                        Money.of(l.getTaxMinor(), Money.CNY))));
        return rows.stream().map(r -> invoice(r, lines.getOrDefault(r.getInvoiceId(), List.of()))).toList();
    }

    @Override
    public void markVoided(TenantId tenant, long invoice, Instant at) {
        dsl.update(TRADE_INVOICES).set(TRADE_INVOICES.VOIDED_AT, at.atOffset(ZoneOffset.UTC))
                .where(TRADE_INVOICES.TENANT_ID.eq(tenant.value()).and(TRADE_INVOICES.INVOICE_ID.eq(invoice))).execute();
    }

    @Override
    public void setInvoiced(TenantId tenant, long document, Money invoiced, Money gross) {
        dsl.update(TRADE_DOCUMENTS).set(TRADE_DOCUMENTS.INVOICED_MINOR, invoiced.minor())
                .set(TRADE_DOCUMENTS.GROSS_MINOR, gross.minor())
                .where(TRADE_DOCUMENTS.TENANT_ID.eq(tenant.value()).and(TRADE_DOCUMENTS.DOCUMENT_ID.eq(document))).execute();
    }

    private static TradeInvoice invoice(TradeInvoicesRecord r, List<InvoicedLine> lines) {
        return new TradeInvoice(r.getInvoiceId(), r.getDocumentId(), r.getNumber(), r.getInvoiceDate(),
                Money.of(r.getAmountMinor(), Currency.getInstance(r.getCurrency().strip())), r.getVoidedAt() != null,
                lines, Optional.ofNullable(r.getOpenItemId()), Optional.ofNullable(r.getStockDocumentId()));
    }

    private static String direction(boolean sales) {
        return sales ? "SALES" : "PURCHASE";
    }
}
