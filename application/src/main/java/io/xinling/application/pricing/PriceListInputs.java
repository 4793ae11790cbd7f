package io.xinling.application.pricing;

import io.vavr.control.Either;
import io.xinling.application.pricing.PriceListsUseCase.CreatePriceListCommand;
import io.xinling.application.pricing.PriceListsUseCase.PriceInput;
import io.xinling.domain.pricing.PriceListKind;
import io.xinling.domain.pricing.PricingError;
import io.xinling.domain.pricing.UnitPrice;

import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns a create command into a valid {@link NewPriceList}, or the first field that is wrong. */
final class PriceListInputs {

    private static final int MAX_PRICES = 10_000;

    private PriceListInputs() {
    }

    static Optional<PriceListKind> kind(String name) {
        try {
            return Optional.of(PriceListKind.valueOf(String.valueOf(name).toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Either<PricingError, NewPriceList> newPriceList(CreatePriceListCommand c) {
        if (c.name() == null || c.name().isBlank() || c.name().length() > 200) {
            return Either.left(new PricingError.InvalidField("name", "1 to 200 characters"));
        }
        if (c.kind() == null) {
            return Either.left(new PricingError.InvalidField("kind", "is required"));
        }
        Optional<String> target = Optional.ofNullable(c.target()).map(String::strip).filter(t -> !t.isEmpty());
        if (c.kind().hasTarget() != target.isPresent()) {
            return Either.left(new PricingError.InvalidField("target", c.kind().hasTarget()
                    ? "a " + c.kind().name().toLowerCase(Locale.ROOT) + " list names its target" : "only dealer-level, customer and store lists have a target"));
        }
        if (c.kind() == PriceListKind.CUSTOMER && !target.get().matches("[1-9][0-9]{0,17}")) {
            return Either.left(new PricingError.InvalidField("target", "a customer list names the customer's partner id"));
        }
        if (c.kind() == PriceListKind.STORE && !target.get().matches("[1-9][0-9]{0,17}")) {
            return Either.left(new PricingError.InvalidField("target", "a store list names the store's warehouse id"));
        }
        if (c.validFrom().isPresent() && c.validTo().isPresent() && c.validTo().get().isBefore(c.validFrom().get())) {
            return Either.left(new PricingError.InvalidField("validTo", "before validFrom"));
        }
        return currency(c.currency()).flatMap(currency -> prices(c.prices(), currency).map(prices ->
                new NewPriceList(c.name().strip(), c.kind(), target, currency, c.taxInclusive(), c.validFrom(),
                        c.validTo(), prices)));
    }

    private static Either<PricingError, Currency> currency(String code) {
        if (code == null || code.isBlank()) {
            return Either.right(Currency.getInstance("CNY"));
        }
        try {
            return Either.right(Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Either.left(new PricingError.InvalidField("currency", "an ISO 4217 code"));
        }
    }

    private static Either<PricingError, Map<Long, UnitPrice>> prices(List<PriceInput> inputs, Currency currency) {
        List<PriceInput> given = inputs == null ? List.of() : inputs;
        if (given.size() > MAX_PRICES) {
            return Either.left(new PricingError.InvalidField("prices", "at most " + MAX_PRICES + " per request"));
        }
        Map<Long, UnitPrice> prices = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            PriceInput in = given.get(i);
            String field = "prices[" + i + "]";
            if (in == null || in.sku() == null || in.sku() <= 0) {
                return Either.left(new PricingError.InvalidField(field + ".sku", "a positive sku id"));
            }
            Either<PricingError, UnitPrice> price = UnitPrice.parse(field + ".price", in.price(), currency)
                    .mapLeft(PricingError.InvalidValue::new);
            if (price.isLeft()) {
                return Either.left(price.getLeft());
            }
            if (prices.put(in.sku(), price.get()) != null) {
                return Either.left(new PricingError.InvalidField(field + ".sku", "sku " + in.sku() + " twice"));
            }
        }
        return Either.right(prices);
    }
}
