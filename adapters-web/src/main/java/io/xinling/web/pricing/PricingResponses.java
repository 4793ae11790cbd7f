package io.xinling.web.pricing;

import io.xinling.domain.pricing.PriceList;
import io.xinling.domain.pricing.PriceListId;
import io.xinling.domain.pricing.PriceResolution;
import io.xinling.domain.pricing.PriceResolutionOrder;
import io.xinling.domain.pricing.PriceStep;
import io.xinling.web.trade.WebParams;

import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of pricing; prices are decimal strings with up to 4 decimals. */
final class PricingResponses {

    private PricingResponses() {
    }

    record Price(long sku, String price) {
    }

    record PriceListBody(long id, String name, String kind, String target, String currency, boolean taxInclusive,
                         LocalDate validFrom, LocalDate validTo, Integer priceCount, List<Price> prices) {
    }

    record Page(List<PriceListBody> items, int limit, int offset) {
    }

    record Order(List<String> kinds) {
    }

    record Step(String kind, Long priceListId, String outcome) {
    }

    record Resolution(String price, String currency, boolean taxInclusive, long priceListId, String priceListName,
                      String priceListKind, List<Step> explanation) {
    }

    static PriceListBody priceList(PriceList l) {
        List<Price> prices = l.prices().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> new Price(e.getKey(), e.getValue().format())).toList();
        return body(l, prices.size(), prices);
    }

    static PriceListBody summary(PriceList l) {
        return body(l, null, null);
    }

    private static PriceListBody body(PriceList l, Integer count, List<Price> prices) {
        return new PriceListBody(l.id().value(), l.name(), WebParams.wire(l.kind()), l.target().orElse(null),
                l.currency().getCurrencyCode(), l.taxInclusive(), l.validFrom().orElse(null), l.validTo().orElse(null),
                count, prices);
    }

    static Order order(PriceResolutionOrder order) {
        return new Order(order.kinds().stream().map(WebParams::wire).toList());
    }

    static Resolution resolution(PriceResolution r) {
        List<Step> steps = r.steps().stream().map(PricingResponses::step).toList();
        return new Resolution(r.price().format(), r.price().currency().getCurrencyCode(), r.winner().taxInclusive(),
                r.winner().id().value(), r.winner().name(), WebParams.wire(r.winner().kind()), steps);
    }

    private static Step step(PriceStep s) {
        return new Step(WebParams.wire(s.kind()), s.list().map(PriceListId::value).orElse(null), s.outcome());
    }
}
