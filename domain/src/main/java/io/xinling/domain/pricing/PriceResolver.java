package io.xinling.domain.pricing;

import io.vavr.control.Either;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Price resolution (取价规则): tries the kinds of list in the tenant's order; within a kind, only lists
 * for the query's target, valid on the date and holding a price for the sku compete, and the one that
 * became valid last wins (ties: the higher id, i.e. the newer list). Every list looked at leaves a step.
 */
public final class PriceResolver {

    private static final Comparator<PriceList> PREFERRED = Comparator
            .comparing((PriceList l) -> l.validFrom().orElse(LocalDate.MIN))
            .thenComparingLong(l -> l.id().value())
            .reversed();

    private PriceResolver() {
    }

    public static Either<PricingError, PriceResolution> resolve(PriceResolutionOrder order, List<PriceList> lists,
                                                                PriceQuery query) {
        List<PriceStep> steps = new ArrayList<>();
        for (PriceListKind kind : order.kinds()) {
            Optional<PriceList> winner = tryKind(kind, lists, query, steps);
            if (winner.isPresent()) {
                PriceList list = winner.get();
                steps.add(new PriceStep(kind, Optional.of(list.id()), "won: " + describe(list) + " prices sku "
                        + query.sku() + " at " + list.priceOf(query.sku()).orElseThrow().format()
                        + (list.taxInclusive() ? " tax-inclusive" : " tax-exclusive")));
                return Either.right(new PriceResolution(list.priceOf(query.sku()).orElseThrow(), list, steps));
            }
        }
        return Either.left(new PricingError.PriceNotFound(query.sku(), steps));
    }

    private static Optional<PriceList> tryKind(PriceListKind kind, List<PriceList> lists, PriceQuery query,
                                               List<PriceStep> steps) {
        Optional<String> target = query.targetFor(kind);
        if (target.isEmpty()) {
            steps.add(new PriceStep(kind, Optional.empty(), kind + ": skipped, the lookup names no " + targetName(kind)));
            return Optional.empty();
        }
        List<PriceList> candidates = new ArrayList<>();
        for (PriceList list : lists) {
            if (competes(list, kind, target.get(), query)) {
                candidateOrReason(list, query).ifPresentOrElse(
                        reason -> steps.add(new PriceStep(kind, Optional.of(list.id()), describe(list) + ": " + reason)),
                        () -> candidates.add(list));
            }
        }
        if (candidates.isEmpty() && steps.stream().noneMatch(s -> s.kind() == kind)) {
            steps.add(new PriceStep(kind, Optional.empty(), kind + ": no list" + (kind.hasTarget()
                    ? " for " + targetName(kind) + " " + target.get() : "")));
        }
        candidates.sort(PREFERRED);
        for (PriceList beaten : candidates.subList(Math.min(1, candidates.size()), candidates.size())) {
            steps.add(new PriceStep(kind, Optional.of(beaten.id()), describe(beaten)
                    + ": has a price but another list of the same kind became valid later or is newer"));
        }
        return candidates.stream().findFirst();
    }

    private static boolean competes(PriceList list, PriceListKind kind, String target, PriceQuery query) {
        boolean customerDefault = kind == PriceListKind.CUSTOMER && query.customerDefault().equals(Optional.of(list.id()));
        return customerDefault || list.kind() == kind && list.target().orElse("").equals(target);
    }

    /** Empty when the list can price the query, otherwise why not. */
    private static Optional<String> candidateOrReason(PriceList list, PriceQuery query) {
        if (!list.isValidOn(query.date())) {
            return Optional.of("not valid on " + query.date() + " (valid " + list.validity() + ")");
        }
        if (list.priceOf(query.sku()).isEmpty()) {
            return Optional.of("no price for sku " + query.sku());
        }
        return Optional.empty();
    }

    private static String describe(PriceList list) {
        return list.kind() + " list " + list.id() + " '" + list.name() + "'";
    }

    private static String targetName(PriceListKind kind) {
        return switch (kind) {
            case CUSTOMER -> "customer";
            case DEALER_LEVEL -> "dealer level";
            case STORE -> "store";
            case RETAIL, WHOLESALE -> "target";
        };
    }
}
