package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.CloseWaiver;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** 结账 (5.1) and 反结账 (5.2). */
public interface ClosePeriodUseCase {

    /**
     * {@code periodEnd}: the other vouchers the close generated: before 结转损益 C-1 FX, C-2 VAT carry, C-3 surcharges; at
     * year-end after it C-5 结转本年利润 and C-6 利润分配 closing.
     */
    record CloseResult(YearMonth period, Optional<Voucher> carryForward, List<String> warnings, List<Voucher> periodEnd,
                       List<CloseWaiver> waived) {

        public CloseResult {
            waived = List.copyOf(waived);
        }
    }

    default Either<AccountingError, CloseResult> close(TenantId tenant, YearMonth period, UserId user) {
        return close(tenant, period, user, java.util.Map.of());
    }

    /** {@code closingRates}: CNY per unit of each foreign currency at the period end, for 期末调汇 (C-1). */
    default Either<AccountingError, CloseResult> close(TenantId tenant, YearMonth period, UserId user,
                                                       java.util.Map<java.util.Currency, java.math.BigDecimal> closingRates) {
        return close(tenant, period, user, closingRates, List.of());
    }

    /**
     * As above; {@code waivers} let the close pass the waivable gates that block it (5.1), each recorded with the close
     * together with what the gate found. A waiver of a gate that passes is not recorded, only warned about.
     */
    Either<AccountingError, CloseResult> close(TenantId tenant, YearMonth period, UserId user,
                                               java.util.Map<java.util.Currency, java.math.BigDecimal> closingRates,
                                               List<CloseWaiver> waivers);

    /** The close report of a period: whether it is closed, and the waivers recorded with the close that stands. */
    record CloseReport(YearMonth period, boolean closed, List<CloseWaiver> waived) {

        public CloseReport {
            waived = List.copyOf(waived);
        }
    }

    CloseReport closeReport(TenantId tenant, YearMonth period);

    Either<AccountingError, YearMonth> reopen(TenantId tenant, YearMonth period, UserId user, String reason);
}
