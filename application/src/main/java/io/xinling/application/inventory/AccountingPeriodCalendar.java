package io.xinling.application.inventory;

import io.xinling.application.accounting.PeriodGuard;
import io.xinling.application.inventory.port.PeriodCalendar;
import io.xinling.domain.kernel.TenantId;

import java.time.LocalDate;

/**
 * The inventory's calendar is the books': a date is closed when its accounting period is closed. The
 * guard takes a shared lock on the tenant's books inside the posting transaction, so a concurrent close
 * waits for the document and then sees it.
 */
public final class AccountingPeriodCalendar implements PeriodCalendar {

    private final PeriodGuard guard;

    public AccountingPeriodCalendar(PeriodGuard guard) {
        this.guard = guard;
    }

    @Override
    public boolean isClosed(TenantId tenant, LocalDate date) {
        return guard.requireOpen(tenant, date).isLeft();
    }
}
