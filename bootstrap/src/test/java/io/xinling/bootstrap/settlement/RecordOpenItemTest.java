package io.xinling.bootstrap.settlement;

import io.xinling.application.partner.CreatePartnerUseCase.CreatePartnerCommand;
import io.xinling.application.settlement.RecordOpenItemUseCase.RecordOpenItemCommand;
import io.xinling.application.settlement.WriteOffUseCase.ApplyCreditCommand;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.Application;
import io.xinling.bootstrap.testing.TestApp;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.pricing.ExchangeRate;
import io.xinling.domain.settlement.Allocation;
import io.xinling.domain.settlement.ItemSide;
import io.xinling.domain.settlement.Ledger;
import io.xinling.domain.settlement.SettlementError;
import io.xinling.domain.settlement.SettlementItem;
import io.xinling.domain.settlement.SourceDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The use case posted documents will call, exercised directly on the real database. */
class RecordOpenItemTest {

    private static final LocalDate D = LocalDate.of(2026, 4, 1);
    private static TestApp app;
    private static Application application;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        application = app.application();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static PartnerId partner(TenantId tenant, String code, List<String> roles) {
        return application.partners().createPartner(new CreatePartnerCommand(tenant, code, code, roles, null, null, 30,
                null, List.of(), List.of())).get().id();
    }

    private static RecordOpenItemCommand command(TenantId tenant, PartnerId partner, Ledger ledger, ItemSide side,
                                                 String ref, Money amount, ExchangeRate rate) {
        return new RecordOpenItemCommand(tenant, partner, ledger, side, new SourceDocument("sales-delivery", ref), D,
                Optional.empty(), amount, rate, Optional.empty());
    }

    @Test
    void a_delivery_is_a_receivable_due_after_the_payment_terms_and_a_return_credit_settles_it() {
        IssuedKey key = app.newTenant("accountant");
        TenantId t = key.tenant();
        PartnerId c = partner(t, "C", List.of("customer"));
        SettlementItem delivery = application.settlement().recordOpenItem(
                command(t, c, Ledger.RECEIVABLE, ItemSide.DEBIT, "S1", Money.cny("1356.00"), ExchangeRate.CNY)).get();
        assertThat(delivery.dueDate()).isEqualTo(D.plusDays(30));
        assertThat(delivery.open()).isEqualTo(Money.cny("1356.00"));

        SettlementItem returned = application.settlement().recordOpenItem(
                command(t, c, Ledger.RECEIVABLE, ItemSide.CREDIT, "R1", Money.cny("20.34"), ExchangeRate.CNY)).get();
        var result = application.settlement().applyCredit(new ApplyCreditCommand(t, key.user(), returned.id(), D,
                List.of(new Allocation(delivery.id(), Money.cny("20.34"))))).get();
        assertThat(result.charges().get(0).open()).isEqualTo(Money.cny("1335.66"));
        assertThat(application.partners().exposure(t, c).get().openReceivables()).isEqualTo(Money.cny("1335.66"));
    }

    @Test
    void a_usd_purchase_is_a_payable_with_its_cny_book_amount() {
        TenantId t = app.newTenant("accountant").tenant();
        PartnerId s = partner(t, "S", List.of("supplier"));
        ExchangeRate rate = new ExchangeRate(Currency.getInstance("USD"), new BigDecimal("7.1234"));
        SettlementItem purchase = application.settlement().recordOpenItem(command(t, s, Ledger.PAYABLE, ItemSide.DEBIT,
                "P1", Money.of("112.99", Currency.getInstance("USD")), rate)).get();
        assertThat(purchase.bookAmount()).isEqualTo(Money.cny("804.87"));
    }

    @Test
    void refusals_write_nothing() {
        TenantId t = app.newTenant("accountant").tenant();
        PartnerId s = partner(t, "S", List.of("supplier"));
        assertThat(application.settlement().recordOpenItem(command(t, s, Ledger.RECEIVABLE, ItemSide.DEBIT, "S1",
                Money.cny("1.00"), ExchangeRate.CNY)).getLeft()).isInstanceOf(SettlementError.WrongPartnerRole.class);
        assertThat(application.settlement().recordOpenItem(command(t, s, Ledger.PAYABLE, ItemSide.DEBIT, "P1",
                Money.cny("0.00"), ExchangeRate.CNY)).getLeft()).isInstanceOf(SettlementError.NonPositiveAmount.class);
        assertThat(application.settlement().recordOpenItem(command(t, new PartnerId(Long.MAX_VALUE), Ledger.PAYABLE,
                ItemSide.DEBIT, "P1", Money.cny("1.00"), ExchangeRate.CNY)).getLeft())
                .isInstanceOf(SettlementError.PartnerNotFound.class);
        application.settlement().recordOpenItem(command(t, s, Ledger.PAYABLE, ItemSide.DEBIT, "P1", Money.cny("1.00"),
                ExchangeRate.CNY)).get();
        assertThat(application.settlement().recordOpenItem(command(t, s, Ledger.PAYABLE, ItemSide.DEBIT, "P1",
                Money.cny("1.00"), ExchangeRate.CNY)).getLeft()).isInstanceOf(SettlementError.SourceConflict.class);
    }
}
