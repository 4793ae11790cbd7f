package io.xinling.persistence.settlement;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.pricing.ExchangeRate;
import io.xinling.domain.settlement.ItemKind;
import io.xinling.domain.settlement.ItemSide;
import io.xinling.domain.settlement.Ledger;
import io.xinling.domain.settlement.PaymentMethod;
import io.xinling.domain.settlement.SettlementItem;
import io.xinling.domain.settlement.SettlementItemId;
import io.xinling.domain.settlement.SourceDocument;
import io.xinling.domain.settlement.WriteOff;
import io.xinling.domain.settlement.WriteOffId;
import io.xinling.persistence.jooq.tables.records.SettlementItemsRecord;
import io.xinling.persistence.jooq.tables.records.SettlementWriteOffsRecord;

import java.util.Currency;
import java.util.Optional;

/** Hand-written mapping of settlement rows to the domain. */
final class SettlementRows {

    private SettlementRows() {
    }

    static SettlementItem toItem(SettlementItemsRecord r) {
        Currency currency = Currency.getInstance(r.getCurrency().strip());
        return new SettlementItem(new SettlementItemId(r.getItemId()), new PartnerId(r.getPartnerId()),
                Ledger.valueOf(r.getLedger()), ItemSide.valueOf(r.getSide()), ItemKind.valueOf(r.getKind()),
                new SourceDocument(r.getSourceType(), r.getSourceRef()), r.getDocDate(), r.getDueDate(),
                Money.of(r.getAmountMinor(), currency), Money.of(r.getOpenMinor(), currency),
                new ExchangeRate(currency, r.getExchangeRate()), Money.cny(r.getBookAmountMinor()),
                Optional.ofNullable(r.getMethod()).map(PaymentMethod::valueOf), Optional.ofNullable(r.getLastMatched()));
    }

    static WriteOff toWriteOff(SettlementWriteOffsRecord r) {
        Currency currency = Currency.getInstance(r.getCurrency().strip());
        return new WriteOff(new WriteOffId(r.getWriteOffId()), new PartnerId(r.getPartnerId()), Ledger.valueOf(r.getLedger()),
                new SettlementItemId(r.getDebitItemId()), new SettlementItemId(r.getCreditItemId()),
                Money.of(r.getAmountMinor(), currency), r.getWriteOffDate(),
                Optional.ofNullable(r.getReversalOf()).map(WriteOffId::new));
    }
}
