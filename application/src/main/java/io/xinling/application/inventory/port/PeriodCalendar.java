package io.xinling.application.inventory.port;

import io.xinling.domain.kernel.TenantId;

import java.time.LocalDate;

/** Whether a date lies in a closed accounting period: nothing may be dated into one. */
public interface PeriodCalendar {

    boolean isClosed(TenantId tenant, LocalDate date);
}
