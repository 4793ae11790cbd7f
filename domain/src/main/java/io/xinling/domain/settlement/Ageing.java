package io.xinling.domain.settlement;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.partner.PartnerId;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ageing (账龄) at any date, in one currency: rebuilds each item's open amount as of the date from the
 * write-off history, then puts open charges in buckets by days since the document date or, for overdue
 * ageing, since the due date (a charge not yet due counts in the first bucket).
 */
public final class Ageing {

    private Ageing() {
    }

    public static List<AgeingRow> at(LocalDate date, Currency currency, List<SettlementItem> items,
                                     List<WriteOff> writeOffs) {
        return at(date, currency, items, writeOffs, AgeingBasis.DOCUMENT_DATE);
    }

    public static List<AgeingRow> at(LocalDate date, Currency currency, List<SettlementItem> items,
                                     List<WriteOff> writeOffs, AgeingBasis basis) {
        Map<Long, List<SettlementItem>> byPartner = new TreeMap<>();
        for (SettlementItem item : OpenAmounts.asOf(date, items, writeOffs)) {
            if (item.amount().currency().equals(currency) && !item.open().isZero()) {
                byPartner.computeIfAbsent(item.partner().value(), p -> new ArrayList<>()).add(item);
            }
        }
        List<AgeingRow> rows = new ArrayList<>();
        byPartner.forEach((partner, open) -> rows.add(row(new PartnerId(partner), date, currency, open, basis)));
        return rows;
    }

    private static AgeingRow row(PartnerId partner, LocalDate date, Currency currency, List<SettlementItem> open,
                                 AgeingBasis basis) {
        Money[] buckets = {Money.zero(currency), Money.zero(currency), Money.zero(currency), Money.zero(currency)};
        Money unapplied = Money.zero(currency);
        for (SettlementItem item : open) {
            if (item.side() == ItemSide.CREDIT) {
                unapplied = unapplied.plus(item.open());
            } else {
                LocalDate from = basis == AgeingBasis.DUE_DATE ? item.dueDate() : item.date();
                int bucket = bucket(ChronoUnit.DAYS.between(from, date));
                buckets[bucket] = buckets[bucket].plus(item.open());
            }
        }
        Money total = buckets[0].plus(buckets[1]).plus(buckets[2]).plus(buckets[3]);
        return new AgeingRow(partner, buckets[0], buckets[1], buckets[2], buckets[3], total, unapplied,
                total.minus(unapplied));
    }

    static int bucket(long days) {
        if (days <= 30) {
            return 0;
        }
        if (days <= 60) {
            return 1;
        }
        return days <= 90 ? 2 : 3;
    }
}
