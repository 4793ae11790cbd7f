package io.xinling.application.partner;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.partner.PartnerId;

import java.util.Optional;

/**
 * A customer's credit position in CNY: open receivables net of unapplied receipts and advances, plus
 * unshipped sales orders (zero until sales orders exist), against its limit (empty: no limit).
 */
public record CreditExposure(PartnerId customer, Optional<Money> limit, Money openReceivables, Money unshippedOrders,
                             Money exposure, Optional<Money> available) {
}
