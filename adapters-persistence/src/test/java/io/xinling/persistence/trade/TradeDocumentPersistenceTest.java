package io.xinling.persistence.trade;

import io.xinling.application.partner.NewPartner;
import io.xinling.application.trade.TradeDocument;
import io.xinling.application.trade.TradeDraft;
import io.xinling.application.trade.TradeInvoice;
import io.xinling.application.trade.TradeKind;
import io.xinling.application.trade.TradeLine;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Percentage;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TaxRate;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.CustomerTerms;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.partner.PartnerRole;
import io.xinling.domain.pricing.ExchangeRate;
import io.xinling.domain.pricing.UnitPrice;
import io.xinling.domain.trade.InvoicedLine;
import io.xinling.domain.trade.LineInput;
import io.xinling.domain.trade.PriceEntry;
import io.xinling.persistence.common.Database;
import io.xinling.persistence.partner.JooqPartnerRepository;
import io.xinling.persistence.tenancy.JooqTenantRepository;
import io.xinling.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trade documents on the real embedded PostgreSQL: saved and read back in one round trip, as posting leaves them, and
 * estimated receipts with the lines of the supplier invoices that settle them.
 */
class TradeDocumentPersistenceTest {

    private static final LocalDate D = LocalDate.of(2026, 5, 4);
    private final Database db = TestDatabase.database();
    private final JooqTradeDocumentRepository documents = new JooqTradeDocumentRepository(db.dsl());
    private final JooqTradeInvoiceRepository invoices = new JooqTradeInvoiceRepository(db.dsl());

    private TenantId tenant() {
        return new JooqTenantRepository(db.dsl()).create(TestDatabase.uniqueName("estimate"), Instant.now()).orElseThrow().id();
    }

    private PartnerId supplier(TenantId t) {
        return new JooqPartnerRepository(db.dsl()).create(t, new NewPartner("S1", "Supplier", Set.of(PartnerRole.SUPPLIER),
                CustomerTerms.NONE, List.of(), List.of()), Instant.now()).orElseThrow().id();
    }

    private static TradeDraft receipt(PartnerId supplier, LocalDate date, boolean estimated) {
        LineInput in = new LineInput(7, new Quantity(new BigDecimal("10")), new UnitPrice(new BigDecimal("10.00"), Money.CNY),
                Percentage.ZERO, TaxRate.ofPercent("13"), false);
        return new TradeDraft(TradeKind.PURCHASE_RECEIPT, supplier, 3, date, ExchangeRate.CNY, PriceEntry.TAX_EXCLUSIVE,
                Money.cny("0.00"), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new TradeLine(in, "个", Optional.empty(), Optional.empty())), estimated);
    }

    @Test
    void an_estimated_receipt_keeps_its_flag_and_waits_as_an_open_estimate_until_its_invoice() {
        TenantId t = tenant();
        PartnerId s = supplier(t);
        long id = documents.create(t, receipt(s, D, true), Instant.now());
        long plain = documents.create(t, receipt(s, D, false), Instant.now());
        assertThat(documents.find(t, id).orElseThrow().draft().estimated()).isTrue();
        assertThat(documents.find(t, plain).orElseThrow().draft().estimated()).isFalse();
        documents.update(t, plain, receipt(s, D, true));
        assertThat(documents.lock(t, plain).orElseThrow().draft().estimated()).as("updated with the flag").isTrue();

        documents.markPosted(t, id, 11, Optional.empty(), Money.cny("113.00"), Instant.now());
        documents.markPosted(t, plain, 12, Optional.empty(), Money.cny("113.00"), Instant.now());
        assertThat(documents.find(t, id).orElseThrow().estimateOpen()).isEqualTo(Money.cny("113.00"));
        assertThat(documents.openEstimates(t, D.minusDays(1), 10).total()).isZero();
        assertThat(documents.openEstimates(t, D, 10).items()).extracting(TradeDocument::id).containsExactly(id, plain);
        assertThat(documents.openEstimates(t, D, 1).total()).isEqualTo(2);

        long invoice = invoices.add(t, id, s, false, "FP-1", D.plusDays(3), Money.cny("135.60"), Instant.now());
        invoices.addLines(t, invoice, List.of(InvoicedLine.ofNet(1, TaxRate.ofPercent("13"), Money.cny("120.00"))));
        invoices.setSettlement(t, invoice, Optional.empty(), Optional.of(99L));
        invoices.setInvoiced(t, id, Money.cny("135.60"), Money.cny("135.60"));

        TradeInvoice read = invoices.find(t, id, invoice).orElseThrow();
        assertThat(read.lines()).containsExactly(new InvoicedLine(1, TaxRate.ofPercent("13"), Money.cny("120.00"),
                Money.cny("15.60")));
        assertThat(read.stockDocument()).contains(99L);
        assertThat(read.openItem()).isEmpty();
        assertThat(invoices.of(t, id)).containsExactly(read);
        assertThat(documents.openEstimates(t, D, 10).items()).extracting(TradeDocument::id).containsExactly(plain);
        assertThat(documents.find(t, id).orElseThrow().estimateOpen()).isEqualTo(Money.cny("0.00"));

        invoices.markVoided(t, invoice, Instant.now());
        invoices.setInvoiced(t, id, Money.cny("0.00"), Money.cny("113.00"));
        assertThat(documents.openEstimates(t, D, 10).total()).isEqualTo(2);
    }

    @Test
    void a_document_saved_and_held_is_read_back_by_key_not_by_scanning_its_table() {
        // the reads after the insert, as PostgreSQL plans them: the document id (currval) must be an index key, else
        // every save reads both tables whole (sales-delivery slowed as its tables grew)
        String[] statements = JooqTradeDocumentRepository.CREATE_READ.split(";\n");
        assertThat(statements).hasSize(3);
        for (String read : List.of(statements[1], statements[2])) {
            String plan = db.dsl().transactionResult(c -> {
                c.dsl().execute("set local enable_seqscan = off");
                return String.join("\n", c.dsl().fetch("explain " + read.replace("?", "1")).getValues(0, String.class));
            });
            assertThat(plan).as(plan).contains("document_id = (InitPlan").doesNotContain("Filter");
        }
    }

    @Test
    void a_document_saved_and_held_reads_as_stored_and_as_posted_reads_as_marking_it_posted_leaves_it() {
        TenantId t = tenant();
        PartnerId s = supplier(t);
        long before = documents.create(t, receipt(s, D, false), Instant.now());
        TradeDocument held = documents.createHeld(t, receipt(s, D.plusDays(1), false), Instant.now());
        assertThat(held.id()).isNotEqualTo(before);
        assertThat(documents.find(t, held.id())).contains(held);
        assertThat(held.number()).isNotEqualTo(documents.find(t, before).orElseThrow().number());

        documents.markPosted(t, held.id(), 21, Optional.empty(), Money.cny("113.00"), Instant.now());
        assertThat(documents.find(t, held.id())).contains(held.posted(21, Optional.empty(), Money.cny("113.00")));

        TradeDocument estimate = documents.createHeld(t, receipt(s, D, true), Instant.now());
        assertThat(documents.find(t, estimate.id())).contains(estimate);
        documents.markPosted(t, estimate.id(), 22, Optional.empty(), Money.cny("113.00"), Instant.now());
        TradeDocument posted = estimate.posted(22, Optional.empty(), Money.cny("113.00"));
        assertThat(posted.estimateOpen()).isEqualTo(Money.cny("113.00"));
        assertThat(documents.find(t, estimate.id())).contains(posted);
    }
}
