package io.xinling.persistence.settlement;

import io.xinling.application.partner.NewPartner;
import io.xinling.application.partner.PartnerFilter;
import io.xinling.application.pricing.NewPriceList;
import io.xinling.application.settlement.ItemFilter;
import io.xinling.application.settlement.NewItem;
import io.xinling.application.settlement.NewWriteOff;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.Address;
import io.xinling.domain.partner.Contact;
import io.xinling.domain.partner.CustomerTerms;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.partner.PartnerRole;
import io.xinling.domain.pricing.ExchangeRate;
import io.xinling.domain.pricing.PriceList;
import io.xinling.domain.pricing.PriceListKind;
import io.xinling.domain.pricing.PriceResolutionOrder;
import io.xinling.domain.pricing.UnitPrice;
import io.xinling.domain.settlement.ItemKind;
import io.xinling.domain.settlement.ItemSide;
import io.xinling.domain.settlement.Ledger;
import io.xinling.domain.settlement.PaymentMethod;
import io.xinling.domain.settlement.SettlementItem;
import io.xinling.domain.settlement.WriteOff;
import io.xinling.persistence.common.Database;
import io.xinling.persistence.partner.JooqPartnerRepository;
import io.xinling.persistence.pricing.JooqPriceListRepository;
import io.xinling.persistence.tenancy.JooqTenantRepository;
import io.xinling.persistence.testing.TestDatabase;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The partner, pricing and settlement repositories on the real embedded PostgreSQL, a fresh tenant per test. */
class TradePersistenceTest {

    private static final LocalDate D = LocalDate.of(2026, 5, 1);
    private final Database db = TestDatabase.database();
    private final JooqPartnerRepository partners = new JooqPartnerRepository(db.dsl());
    private final JooqPriceListRepository prices = new JooqPriceListRepository(db.dsl());
    private final JooqSettlementRepository settlement = new JooqSettlementRepository(db.dsl());

    private TenantId tenant() {
        return new JooqTenantRepository(db.dsl()).create(TestDatabase.uniqueName("trade"), Instant.now()).orElseThrow().id();
    }

    private PartnerId partner(TenantId t, String code) {
        NewPartner p = new NewPartner(code, "Name " + code, Set.of(PartnerRole.CUSTOMER, PartnerRole.SUPPLIER),
                new CustomerTerms(Optional.of("gold"), Optional.of(Money.cny("100.00")), 15, Optional.empty()),
                List.of(new Contact("Li", "1", "li@x.cn")), List.of(new Address("billing", "北京")));
        return partners.create(t, p, Instant.now()).orElseThrow().id();
    }

    private NewItem item(PartnerId p, ItemSide side, Optional<String> ref, String amount) {
        return new NewItem(p, Ledger.RECEIVABLE, side, side == ItemSide.DEBIT ? ItemKind.DOCUMENT : ItemKind.RECEIPT,
                "doc", ref, D, D.plusDays(15), Money.cny(amount), ExchangeRate.CNY, Money.cny(amount),
                side == ItemSide.CREDIT ? Optional.of(PaymentMethod.ALIPAY) : Optional.empty());
    }

    @Test
    void partners_keep_terms_contacts_and_addresses_and_codes_are_unique_per_tenant() {
        TenantId t = tenant();
        PartnerId id = partner(t, "P_1%");
        var read = partners.find(t, id).orElseThrow();
        assertThat(read.terms().creditLimit()).contains(Money.cny("100.00"));
        assertThat(read.contacts()).containsExactly(new Contact("Li", "1", "li@x.cn"));
        assertThat(partners.create(t, new NewPartner("P_1%", "x", Set.of(PartnerRole.SUPPLIER), CustomerTerms.NONE,
                List.of(), List.of()), Instant.now())).isEmpty();
        partner(t, "P210");
        assertThat(partners.list(t, new PartnerFilter(Optional.of(PartnerRole.SUPPLIER), Optional.of("_1%"), 10, 0)))
                .extracting(p -> p.code()).containsExactly("P_1%");
        assertThat(partners.find(tenant(), id)).isEmpty();
    }

    @Test
    void items_are_unique_per_source_locked_in_id_order_and_only_within_the_tenant() {
        TenantId t = tenant();
        PartnerId p = partner(t, "C");
        SettlementItem a = settlement.insertItem(t, item(p, ItemSide.DEBIT, Optional.of("S1"), "10.00"), Instant.now()).orElseThrow();
        assertThat(settlement.insertItem(t, item(p, ItemSide.DEBIT, Optional.of("S1"), "9.00"), Instant.now())).isEmpty();
        SettlementItem b = settlement.insertItem(t, item(p, ItemSide.CREDIT, Optional.empty(), "4.00"), Instant.now()).orElseThrow();
        assertThat(b.source().reference()).isEqualTo("item-" + b.id());
        assertThat(b.method()).contains(PaymentMethod.ALIPAY);

        assertThat(db.dsl().transactionResult(() -> settlement.lock(t, List.of(b.id(), a.id())).keySet()))
                .containsExactly(a.id(), b.id());
        assertThat(settlement.lock(tenant(), List.of(a.id()))).isEmpty();

        settlement.saveOpen(t, a.matched(Money.cny("6.00"), D));
        WriteOff w = settlement.insertWriteOff(t, new NewWriteOff(p, Ledger.RECEIVABLE, a.id(), b.id(), Money.cny("4.00"), D,
                Optional.empty()), Optional.empty(), Instant.now());
        assertThat(settlement.findItem(t, a.id()).orElseThrow().open()).isEqualTo(Money.cny("6.00"));
        assertThat(settlement.findItem(t, a.id()).orElseThrow().lastMatched()).contains(D);
        assertThat(settlement.isReversed(t, w.id())).isFalse();
        assertThat(settlement.writeOffsOfItem(t, b.id())).containsExactly(w);
        assertThat(settlement.items(t, new ItemFilter(Optional.of(p), Optional.of(Ledger.RECEIVABLE), true, 10, 0)))
                .extracting(SettlementItem::id).containsExactly(a.id(), b.id());
    }

    @Test
    void the_database_refuses_an_open_amount_above_the_item_amount() {
        TenantId t = tenant();
        SettlementItem a = settlement.insertItem(t, item(partner(t, "C"), ItemSide.DEBIT, Optional.of("S1"), "10.00"),
                Instant.now()).orElseThrow();
        assertThatThrownBy(() -> db.dsl().execute("update settlement_items set open_minor = 1001 where tenant_id = ? and item_id = ?",
                t.value(), a.id().value())).isInstanceOf(DataAccessException.class);
    }

    @Test
    void price_list_candidates_carry_only_the_asked_sku_and_the_resolution_order_is_upserted() {
        TenantId t = tenant();
        Currency cny = Money.CNY;
        PriceList retail = prices.create(t, new NewPriceList("r", PriceListKind.RETAIL, Optional.empty(), cny, true,
                Optional.empty(), Optional.empty(), Map.of(1L, UnitPrice.of("1.2345", cny), 2L, UnitPrice.of("2", cny))), Instant.now());
        prices.create(t, new NewPriceList("w", PriceListKind.WHOLESALE, Optional.empty(), cny, false, Optional.of(D),
                Optional.empty(), Map.of(2L, UnitPrice.of("1.5", cny))), Instant.now());
        assertThat(prices.find(t, retail.id()).orElseThrow().prices()).hasSize(2);
        List<PriceList> candidates = prices.candidates(t, 1L);
        assertThat(candidates).hasSize(2);
        assertThat(candidates.get(0).priceOf(1L)).contains(new UnitPrice(new BigDecimal("1.2345"), cny));
        assertThat(candidates.get(1).prices()).isEmpty();

        prices.saveResolutionOrder(t, PriceResolutionOrder.DEFAULT, Instant.now());
        PriceResolutionOrder retailOnly = new PriceResolutionOrder(List.of(PriceListKind.RETAIL));
        prices.saveResolutionOrder(t, retailOnly, Instant.now());
        assertThat(prices.resolutionOrder(t)).contains(retailOnly);
        assertThat(prices.resolutionOrder(tenant())).isEmpty();
    }
}
