package io.xinling.application.settlement;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.pricing.ExchangeRate;
import io.xinling.domain.settlement.ItemKind;
import io.xinling.domain.settlement.ItemSide;
import io.xinling.domain.settlement.Ledger;
import io.xinling.domain.settlement.PaymentMethod;

import java.time.LocalDate;
import java.util.Optional;

/** An item to save. Without a source reference the repository names it after its own id ({@code item-42}). */
public record NewItem(PartnerId partner, Ledger ledger, ItemSide side, ItemKind kind, String sourceType,
                      Optional<String> sourceRef, LocalDate date, LocalDate dueDate, Money amount, ExchangeRate rate,
                      Money bookAmount, Optional<PaymentMethod> method) {
}
