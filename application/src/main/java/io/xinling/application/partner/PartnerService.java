package io.xinling.application.partner;

import io.vavr.control.Either;
import io.xinling.application.partner.port.OpenReceivables;
import io.xinling.application.partner.port.PartnerRepository;
import io.xinling.application.partner.port.PriceListDirectory;
import io.xinling.application.partner.port.UnshippedOrders;
import io.xinling.application.port.Transactor;
import io.xinling.application.pricing.port.CustomerPricing;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.CreditHeadroom;
import io.xinling.domain.partner.CreditRule;
import io.xinling.domain.partner.Partner;
import io.xinling.domain.partner.PartnerError;
import io.xinling.domain.partner.PartnerId;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Customers and suppliers, and customer credit. */
public final class PartnerService implements CreatePartnerUseCase, FindPartnersUseCase, CreditUseCase, CustomerPricing {

    private final Transactor transactor;
    private final PartnerRepository partners;
    private final OpenReceivables receivables;
    private final UnshippedOrders unshipped;
    private final PriceListDirectory priceLists;
    private final Clock clock;

    public PartnerService(Transactor transactor, PartnerRepository partners, OpenReceivables receivables,
                          UnshippedOrders unshipped, PriceListDirectory priceLists, Clock clock) {
        this.transactor = transactor;
        this.partners = partners;
        this.receivables = receivables;
        this.unshipped = unshipped;
        this.priceLists = priceLists;
        this.clock = clock;
    }

    @Override
    public Either<PartnerError, Partner> createPartner(CreatePartnerCommand command) {
        return PartnerInputs.newPartner(command).flatMap(partner -> transactor.inTransaction(() -> {
            var list = partner.terms().defaultPriceList();
            if (list.isPresent() && !priceLists.exists(command.tenant(), list.get())) {
                return Either.left(new PartnerError.PriceListNotFound(list.get().value()));
            }
            return partners.create(command.tenant(), partner, clock.instant())
                    .<Either<PartnerError, Partner>>map(Either::right)
                    .orElseGet(() -> Either.left(new PartnerError.CodeConflict(partner.code())));
        }));
    }

    @Override
    public Either<PartnerError, Partner> partner(TenantId tenant, PartnerId id) {
        Optional<Map<Object, Object>> kept = transactor.kept();
        Object known = kept.map(k -> k.get(new Read(tenant, id))).orElse(null);
        if (known instanceof Partner p) {
            return Either.right(p);
        }
        Optional<Partner> found = partners.find(tenant, id);
        found.ifPresent(p -> kept.ifPresent(k -> k.put(new Read(tenant, id), p)));
        return found.<Either<PartnerError, Partner>>map(Either::right)
                .orElseGet(() -> Either.left(new PartnerError.PartnerNotFound(id.value())));
    }

    /**
     * The key under which a transaction keeps a partner it read, for the next read in it (a document's checks and its
     * open item each ask): a partner, once created, is never changed.
     */
    private record Read(TenantId tenant, PartnerId id) {
    }

    @Override
    public List<Partner> partners(TenantId tenant, PartnerFilter filter) {
        return partners.list(tenant, filter);
    }

    @Override
    public Either<PartnerError, CreditExposure> exposure(TenantId tenant, PartnerId customer) {
        return customer(tenant, customer).map(partner -> {
            Money open = receivables.openReceivables(tenant, customer);
            Money orders = unshipped.unshipped(tenant, customer);
            Money exposure = open.plus(orders);
            Optional<Money> limit = partner.terms().creditLimit();
            return new CreditExposure(customer, limit, open, orders, exposure, limit.map(l -> l.minus(exposure)));
        });
    }

    @Override
    public Either<PartnerError, CreditHeadroom> checkOrder(TenantId tenant, PartnerId customer, Money order) {
        if (!order.currency().equals(Money.CNY) || order.isNegative()) {
            return Either.left(new PartnerError.InvalidField("orderAmount", "a non-negative CNY amount"));
        }
        return exposure(tenant, customer).flatMap(e -> CreditRule.check(e.limit(), e.exposure(), order));
    }

    @Override
    public Optional<CustomerPricingInfo> customer(TenantId tenant, long partnerId) {
        if (partnerId <= 0) {
            return Optional.empty();
        }
        return partners.find(tenant, new PartnerId(partnerId)).filter(Partner::isCustomer)
                .map(p -> new CustomerPricingInfo(p.terms().dealerLevel(), p.terms().defaultPriceList()));
    }

    private Either<PartnerError, Partner> customer(TenantId tenant, PartnerId id) {
        return partner(tenant, id).flatMap(p -> p.isCustomer() ? Either.right(p)
                : Either.left(new PartnerError.NotACustomer(id.value())));
    }
}
