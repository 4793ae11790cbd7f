package io.xinling.domain.accounting.generation;

import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.TaxpayerKind;
import io.xinling.domain.settlement.ItemKind;
import io.xinling.domain.settlement.Ledger;
import io.xinling.domain.settlement.PaymentMethod;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateAccountsTest {

    @Test
    void every_account_a_trade_or_settlement_template_posts_to_is_listed() {
        List<PostingTemplate> templates = new ArrayList<>();
        for (String kind : List.of("purchase-receipt", "purchase-return", "sales-delivery", "sales-return")) {
            for (TaxpayerKind taxpayer : TaxpayerKind.values()) {
                templates.add(TradeTemplates.of(kind, taxpayer).orElseThrow());
            }
        }
        for (Ledger ledger : Ledger.values()) {
            for (ItemKind kind : List.of(ItemKind.RECEIPT, ItemKind.ADVANCE)) {
                for (PaymentMethod method : PaymentMethod.values()) {
                    templates.add(SettlementTemplates.money(ledger, kind, method));
                }
                SettlementTemplates.writeOff(ledger, kind).ifPresent(templates::add);
            }
        }
        List<AccountCode> posted = templates.stream().flatMap(t -> t.rules().stream()).map(LineRule::account).toList();
        assertThat(TemplateAccounts.all()).containsAll(posted);
    }
}
