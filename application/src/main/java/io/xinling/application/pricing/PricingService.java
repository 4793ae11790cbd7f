package io.xinling.application.pricing;

import io.vavr.control.Either;
import io.xinling.application.port.Transactor;
import io.xinling.application.pricing.port.CustomerPricing;
import io.xinling.application.pricing.port.CustomerPricing.CustomerPricingInfo;
import io.xinling.application.pricing.port.PriceListRepository;
import io.xinling.application.pricing.port.PricedThings;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.pricing.PriceList;
import io.xinling.domain.pricing.PriceListId;
import io.xinling.domain.pricing.PriceListKind;
import io.xinling.domain.pricing.PriceQuery;
import io.xinling.domain.pricing.PriceResolution;
import io.xinling.domain.pricing.PriceResolutionOrder;
import io.xinling.domain.pricing.PriceResolver;
import io.xinling.domain.pricing.PricingError;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Price lists, the tenant's resolution order and price lookups. */
public final class PricingService implements PriceListsUseCase, PriceLookupUseCase {

    private final Transactor transactor;
    private final PriceListRepository lists;
    private final CustomerPricing customers;
    private final PricedThings things;
    private final Clock clock;

    public PricingService(Transactor transactor, PriceListRepository lists, CustomerPricing customers,
                          PricedThings things, Clock clock) {
        this.transactor = transactor;
        this.lists = lists;
        this.customers = customers;
        this.things = things;
        this.clock = clock;
    }

    @Override
    public Either<PricingError, PriceList> createPriceList(CreatePriceListCommand command) {
        return PriceListInputs.newPriceList(command).flatMap(list -> transactor.inTransaction(() -> {
            if (list.kind() == PriceListKind.CUSTOMER
                    && customers.customer(command.tenant(), Long.parseLong(list.target().orElseThrow())).isEmpty()) {
                return Either.left(new PricingError.CustomerNotFound(Long.parseLong(list.target().get())));
            }
            Optional<PricingError> unknown = unknownReference(command, list);
            if (unknown.isPresent()) {
                return Either.left(unknown.get());
            }
            return Either.right(lists.create(command.tenant(), list, clock.instant()));
        }));
    }

    /** The store target or the first price whose SKU the tenant does not have, named by its field. */
    private Optional<PricingError> unknownReference(CreatePriceListCommand command, NewPriceList list) {
        if (list.kind() == PriceListKind.STORE
                && !things.storeExists(command.tenant(), new WarehouseId(Long.parseLong(list.target().orElseThrow())))) {
            return Optional.of(new PricingError.InvalidField("target", "no store " + list.target().get() + " in this tenant"));
        }
        Set<SkuId> unknown = things.unknownSkus(command.tenant(), list.prices().keySet().stream().map(SkuId::new).toList());
        for (int i = 0; !unknown.isEmpty() && i < command.prices().size(); i++) {
            long sku = command.prices().get(i).sku();
            if (unknown.contains(new SkuId(sku))) {
                return Optional.of(new PricingError.InvalidField("prices[" + i + "].sku", "no SKU " + sku + " in this tenant"));
            }
        }
        return Optional.empty();
    }

    @Override
    public Either<PricingError, PriceList> priceList(TenantId tenant, PriceListId id) {
        return lists.find(tenant, id).<Either<PricingError, PriceList>>map(Either::right)
                .orElseGet(() -> Either.left(new PricingError.PriceListNotFound(id.value())));
    }

    @Override
    public List<PriceList> priceLists(TenantId tenant, Optional<PriceListKind> kind, int limit, int offset) {
        return lists.list(tenant, kind, limit, offset);
    }

    @Override
    public Either<PricingError, PriceResolution> lookup(LookupPriceCommand c) {
        Optional<CustomerPricingInfo> customer = Optional.empty();
        if (c.customer().isPresent()) {
            customer = customers.customer(c.tenant(), c.customer().get());
            if (customer.isEmpty()) {
                return Either.left(new PricingError.CustomerNotFound(c.customer().get()));
            }
        }
        PriceQuery query = new PriceQuery(c.sku(), c.date(), c.customer().map(String::valueOf),
                customer.flatMap(CustomerPricingInfo::dealerLevel), c.store(),
                customer.flatMap(CustomerPricingInfo::defaultList));
        return PriceResolver.resolve(resolutionOrder(c.tenant()), lists.candidates(c.tenant(), c.sku()), query);
    }

    @Override
    public PriceResolutionOrder resolutionOrder(TenantId tenant) {
        return lists.resolutionOrder(tenant).orElse(PriceResolutionOrder.DEFAULT);
    }

    @Override
    public Either<PricingError, PriceResolutionOrder> setResolutionOrder(TenantId tenant, List<String> names) {
        if (names == null || names.isEmpty()) {
            return Either.left(new PricingError.InvalidField("kinds", "at least one kind of list"));
        }
        List<PriceListKind> kinds = new ArrayList<>();
        Set<PriceListKind> seen = EnumSet.noneOf(PriceListKind.class);
        for (String name : names) {
            Optional<PriceListKind> kind = PriceListInputs.kind(name);
            if (kind.isEmpty() || !seen.add(kind.get())) {
                return Either.left(new PricingError.InvalidField("kinds", "unknown or repeated kind '" + name + "'"));
            }
            kinds.add(kind.get());
        }
        PriceResolutionOrder order = new PriceResolutionOrder(kinds);
        return transactor.inTransaction(() -> {
            lists.saveResolutionOrder(tenant, order, clock.instant());
            return Either.right(order);
        });
    }
}
