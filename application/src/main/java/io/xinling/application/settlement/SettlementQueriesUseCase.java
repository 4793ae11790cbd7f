package io.xinling.application.settlement;

import io.vavr.control.Either;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.settlement.AgeingBasis;
import io.xinling.domain.settlement.AgeingRow;
import io.xinling.domain.settlement.Ledger;
import io.xinling.domain.settlement.PartnerStatement;
import io.xinling.domain.settlement.SettlementError;
import io.xinling.domain.settlement.SettlementItem;
import io.xinling.domain.settlement.SettlementItemId;
import io.xinling.domain.settlement.WriteOff;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

public interface SettlementQueriesUseCase {

    record ItemDetail(SettlementItem item, List<WriteOff> writeOffs) {
    }

    Either<SettlementError, ItemDetail> item(TenantId tenant, SettlementItemId id);

    List<SettlementItem> items(TenantId tenant, ItemFilter filter);

    Either<SettlementError, PartnerStatement> statement(TenantId tenant, PartnerId partner, Ledger ledger,
                                                        Currency currency, LocalDate from, LocalDate to);

    /**
     * Per partner id, Σ of the signed CNY book values of what is open of the ledger's items as of {@code date}
     * (charges +, credits −): what the GL's partner accounts hold (I-15). A write-off moves nothing there except the
     * realised exchange difference of foreign-currency items booked at different rates, which leaves each item's
     * CNY balance at its open amount's book value ({@code SettlementItem.bookOpen}).
     */
    java.util.Map<String, io.xinling.domain.kernel.Money> bookBalances(TenantId tenant, Ledger ledger, LocalDate date);

    List<AgeingRow> ageing(TenantId tenant, Ledger ledger, Currency currency, LocalDate date, Optional<PartnerId> partner,
                           AgeingBasis basis);
}
