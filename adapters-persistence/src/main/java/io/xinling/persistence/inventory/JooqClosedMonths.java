package io.xinling.persistence.inventory;

import io.xinling.application.inventory.port.ClosedMonths;
import io.xinling.application.inventory.port.PeriodCalendar;
import io.xinling.domain.kernel.TenantId;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.YearMonth;

import static io.xinling.persistence.jooq.Tables.INVENTORY_CLOSED_MONTHS;

/** The inventory's closed months, until the accounting books' closing takes over the calendar. */
public final class JooqClosedMonths implements PeriodCalendar, ClosedMonths {

    private final DSLContext dsl;

    public JooqClosedMonths(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean isClosed(TenantId tenant, LocalDate date) {
        return dsl.fetchExists(INVENTORY_CLOSED_MONTHS, INVENTORY_CLOSED_MONTHS.TENANT_ID.eq(tenant.value())
                .and(INVENTORY_CLOSED_MONTHS.MONTH.eq(date.withDayOfMonth(1))));
    }

    @Override
    public void close(TenantId tenant, YearMonth month) {
        dsl.insertInto(INVENTORY_CLOSED_MONTHS).set(INVENTORY_CLOSED_MONTHS.TENANT_ID, tenant.value())
                .set(INVENTORY_CLOSED_MONTHS.MONTH, month.atDay(1)).onConflictDoNothing().execute();
    }

    @Override
    public void reopen(TenantId tenant, YearMonth month) {
        dsl.deleteFrom(INVENTORY_CLOSED_MONTHS).where(INVENTORY_CLOSED_MONTHS.TENANT_ID.eq(tenant.value())
                .and(INVENTORY_CLOSED_MONTHS.MONTH.eq(month.atDay(1)))).execute();
    }
}
