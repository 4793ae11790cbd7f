package io.xinling.domain.settlement;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.partner.PartnerId;

/**
 * One partner's open charges by age on a date (0–30, 31–60, 61–90 and over 90 days since the document
 * date), their total, the unapplied credits, and the net (total − unapplied), which is the balance.
 */
public record AgeingRow(PartnerId partner, Money days0To30, Money days31To60, Money days61To90, Money over90,
                        Money total, Money unapplied, Money net) {
}
