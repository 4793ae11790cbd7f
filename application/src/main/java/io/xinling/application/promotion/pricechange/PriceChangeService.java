package io.xinling.application.promotion.pricechange;

import io.vavr.control.Either;
import io.xinling.application.port.Transactor;
import io.xinling.application.promotion.PromotionRefusal;
import io.xinling.application.promotion.port.PriceChangeRepository;
import io.xinling.application.promotion.port.PriceChanges;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.Scheme;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Promotional price changes (促销调价) as approved, dated documents (spec 2.9, 3.1): created as drafts,
 * approved, cancelled. The approved ones in force at a ticket time are the S0 base prices of preview and
 * pricing; the engine takes the lowest and never raises a price.
 */
public final class PriceChangeService implements PriceChanges {

    public static final int MAX_LINES = 1_000;

    private final Transactor transactor;
    private final PriceChangeRepository changes;
    private final Clock clock;

    public PriceChangeService(Transactor transactor, PriceChangeRepository changes, Clock clock) {
        this.transactor = transactor;
        this.changes = changes;
        this.clock = clock;
    }

    public Either<PromotionRefusal, PriceChange> create(CreatePriceChange c) {
        return dateTime("start", c.start()).flatMap(start -> dateTime("end", c.end()).flatMap(end -> {
            if (!start.isBefore(end)) {
                return invalid("end", "the window is empty: end must be after start");
            }
            for (int i = 0; c.stores() != null && i < c.stores().size(); i++) {
                if (c.stores().get(i) == null || c.stores().get(i).isBlank()) {
                    return invalid("stores[" + i + "]", "must be a store id");
                }
            }
            return prices(c.lines()).flatMap(prices -> transactor.inTransaction(() -> Either.right(changes.insert(c.tenant(),
                    new PriceChange(0, c.stores() == null ? Set.of() : Set.copyOf(c.stores()), start, end, prices,
                            PriceChange.Status.DRAFT, c.note() == null ? "" : c.note().strip(), clock.instant())))));
        }));
    }

    public Either<PromotionRefusal, PriceChange> approve(TenantId tenant, long id) {
        return move(tenant, id, "approve", PriceChange.Status.DRAFT, PriceChange.Status.APPROVED);
    }

    public Either<PromotionRefusal, PriceChange> cancel(TenantId tenant, long id) {
        return transactor.inTransaction(() -> locked(tenant, id).flatMap(c -> c.status() == PriceChange.Status.CANCELLED
                ? illegal(c, "cancel") : Either.right(save(tenant, c.withStatus(PriceChange.Status.CANCELLED, clock.instant())))));
    }

    private Either<PromotionRefusal, PriceChange> move(TenantId tenant, long id, String action, PriceChange.Status from,
                                                      PriceChange.Status to) {
        return transactor.inTransaction(() -> locked(tenant, id).flatMap(c -> c.status() != from ? illegal(c, action)
                : Either.right(save(tenant, c.withStatus(to, clock.instant())))));
    }

    public Either<PromotionRefusal, PriceChange> find(TenantId tenant, long id) {
        return changes.find(tenant, id).<Either<PromotionRefusal, PriceChange>>map(Either::right)
                .orElseGet(() -> Either.left(new PromotionRefusal.NotFound("price-change", Long.toString(id))));
    }

    public List<PriceChange> list(TenantId tenant, int limit) {
        return changes.list(tenant, limit);
    }

    @Override
    public List<Scheme> effectiveAt(TenantId tenant, LocalDateTime at) {
        return changes.effectiveAt(tenant, at).stream().map(PriceChange::asScheme).toList();
    }

    private PriceChange save(TenantId tenant, PriceChange c) {
        changes.updateStatus(tenant, c);
        return c;
    }

    private Either<PromotionRefusal, PriceChange> locked(TenantId tenant, long id) {
        return changes.lock(tenant, id).<Either<PromotionRefusal, PriceChange>>map(Either::right)
                .orElseGet(() -> Either.left(new PromotionRefusal.NotFound("price-change", Long.toString(id))));
    }

    private static Either<PromotionRefusal, PriceChange> illegal(PriceChange c, String action) {
        return Either.left(new PromotionRefusal.IllegalStatus("price-change", Long.toString(c.id()),
                c.status().name().toLowerCase(Locale.ROOT), action));
    }

    private static Either<PromotionRefusal, Map<String, Money>> prices(List<CreatePriceChange.Line> lines) {
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
            return invalid("lines", "between 1 and " + MAX_LINES + " lines are required");
        }
        Map<String, Money> prices = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            CreatePriceChange.Line line = lines.get(i);
            String at = "lines[" + i + "].";
            if (line == null || line.sku() == null || line.sku().isBlank()) {
                return invalid(at + "sku", "is required");
            }
            if (!seen.add(line.sku())) {
                return invalid(at + "sku", "appears twice in one document");
            }
            var price = Money.parse(at + "price", line.price(), Money.CNY);
            if (price.isLeft() || price.get().isNegative()) {
                return invalid(at + "price", "a non-negative amount with at most two decimals");
            }
            prices.put(line.sku(), price.get());
        }
        return Either.right(prices);
    }

    private static Either<PromotionRefusal, LocalDateTime> dateTime(String field, String text) {
        if (text == null) {
            return invalid(field, "is required (a local date-time of the stores)");
        }
        try {
            return Either.right(LocalDateTime.parse(text));
        } catch (DateTimeParseException e) {
            return invalid(field, "an ISO local date-time such as 2026-12-01T00:00");
        }
    }

    private static <T> Either<PromotionRefusal, T> invalid(String field, String problem) {
        return Either.left(new PromotionRefusal.InvalidField(field, problem));
    }
}
