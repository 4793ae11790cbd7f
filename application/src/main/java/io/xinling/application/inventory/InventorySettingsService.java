package io.xinling.application.inventory;

import io.vavr.control.Either;
import io.xinling.application.inventory.port.InventorySettingsRepository;
import io.xinling.application.inventory.port.LedgerStore;
import io.xinling.application.inventory.port.PeriodCalendar;
import io.xinling.application.port.Transactor;
import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.PurchaseReturnCosting;
import io.xinling.domain.kernel.TenantId;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Reads and changes the tenant's inventory settings; the stock ledger posts under the latest. */
public final class InventorySettingsService implements InventorySettingsUseCases {

    private final Transactor transactor;
    private final InventorySettingsRepository settings;
    private final LedgerStore store;
    private final PeriodCalendar periods;
    private final Clock clock;
    private final ScopeSwitcher switcher;

    /** Settings whose scope can switch only while the ledger holds no movement. */
    public InventorySettingsService(Transactor transactor, InventorySettingsRepository settings, LedgerStore store,
                                    PeriodCalendar periods, Clock clock) {
        this(transactor, settings, store, periods, clock, null);
    }

    /** As above; {@code switcher} carries the stock across the boundary of a scope switch (spec 2.1). */
    public InventorySettingsService(Transactor transactor, InventorySettingsRepository settings, LedgerStore store,
                                    PeriodCalendar periods, Clock clock, ScopeSwitcher switcher) {
        this.switcher = switcher;
        this.transactor = transactor;
        this.settings = settings;
        this.store = store;
        this.periods = periods;
        this.clock = clock;
    }

    @Override
    public InventorySettingsView settings(TenantId tenant) {
        return settings.current(tenant).map(InventorySettingsRepository.Numbered::settings)
                .orElseGet(InventorySettingsView::defaults);
    }

    @Override
    public Either<StockError, InventorySettingsView> update(Update c) {
        InventorySettingsView now = settings(c.tenant());
        Either<StockError, CostingScope> scope = c.costingScope() == null ? Either.right(now.costingScope())
                : parse(CostingScope.class, "costingScope", c.costingScope());
        Either<StockError, PurchaseReturnCosting> returns = c.purchaseReturnCosting() == null
                ? Either.right(now.purchaseReturnCosting())
                : parse(PurchaseReturnCosting.class, "purchaseReturnCosting", c.purchaseReturnCosting());
        if (scope.isLeft()) {
            return Either.left(scope.getLeft());
        }
        if (returns.isLeft()) {
            return Either.left(returns.getLeft());
        }
        boolean switching = scope.get() != now.costingScope();
        Either<StockError, Optional<LocalDate>> from = switching ? switchDate(c) : Either.right(now.scopeFrom());
        Runnable[] afterCommit = {() -> { }};
        return from.flatMap(date -> transactor.inTransaction(() -> {
            if (switching && switcher == null && !store.groupVersions(c.tenant()).isEmpty()) {
                return Either.left(new StockError.ScopeSwitchConflict("the ledger holds movements: switching the costing"
                        + " scope needs the opening split at the boundary (spec 2.1), which these settings cannot apply"));
            }
            if (switching && switcher != null) {
                Either<StockError, ScopeSwitcher.Switched> switched = switcher.switchScope(c.tenant(), date.get(),
                        scope.get());
                if (switched.isLeft()) {
                    return Either.left(switched.getLeft());
                }
                afterCommit[0] = switched.get().afterCommit();
            }
            InventorySettingsView next = new InventorySettingsView(scope.get(), date,
                    c.allowNegativeStock() == null ? now.allowNegativeStock() : c.allowNegativeStock(), returns.get(),
                    c.allowUnreferencedPurchaseReturn() == null ? now.allowUnreferencedPurchaseReturn()
                            : c.allowUnreferencedPurchaseReturn());
            settings.save(c.tenant(), store.nextEvent(), next, clock.instant());
            return Either.<StockError, InventorySettingsView>right(next);
        })).peek(ok -> afterCommit[0].run());
    }

    /** A scope switch takes effect at the start of an open period. */
    private Either<StockError, Optional<LocalDate>> switchDate(Update c) {
        if (c.scopeFrom() == null || c.scopeFrom().isBlank()) {
            return Either.left(new StockError.Invalid("scopeFrom", "is required to switch the costing scope"));
        }
        LocalDate date;
        try {
            date = LocalDate.parse(c.scopeFrom().strip());
        } catch (DateTimeParseException e) {
            return Either.left(new StockError.Invalid("scopeFrom", "is not a date (yyyy-MM-dd)"));
        }
        if (date.getDayOfMonth() != 1) {
            return Either.left(new StockError.Invalid("scopeFrom", "must be the first day of a period (a month)"));
        }
        if (periods.isClosed(c.tenant(), date)) {
            return Either.left(StockError.of(new InventoryError.DateInClosedPeriod(date)));
        }
        return Either.right(Optional.of(date));
    }

    private static <E extends Enum<E>> Either<StockError, E> parse(Class<E> type, String field, String raw) {
        String name = raw.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return Either.right(e);
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(wire(e));
        }
        return Either.left(new StockError.Invalid(field, "must be one of " + allowed));
    }

    static String wire(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
