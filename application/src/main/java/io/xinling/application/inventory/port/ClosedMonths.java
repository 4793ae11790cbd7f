package io.xinling.application.inventory.port;

import io.xinling.domain.kernel.TenantId;

import java.time.YearMonth;

/** The inventory's own month closing, until accounting periods take over {@link PeriodCalendar}. */
public interface ClosedMonths {

    void close(TenantId tenant, YearMonth month);

    void reopen(TenantId tenant, YearMonth month);
}
