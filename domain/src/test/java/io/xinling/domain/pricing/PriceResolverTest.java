package io.xinling.domain.pricing;

import io.xinling.domain.kernel.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PriceResolverTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    private static PriceList list(long id, PriceListKind kind, String target, String price, LocalDate from, LocalDate to) {
        return new PriceList(new PriceListId(id), "L" + id, kind, Optional.ofNullable(target), Money.CNY, true,
                Optional.ofNullable(from), Optional.ofNullable(to),
                price == null ? Map.of() : Map.of(7L, UnitPrice.of(price, Money.CNY)));
    }

    private static PriceQuery query(String customer, String level) {
        return new PriceQuery(7, DAY, Optional.ofNullable(customer), Optional.ofNullable(level), Optional.empty(),
                Optional.empty());
    }

    @Test
    void the_first_kind_in_the_order_with_a_valid_price_wins_and_the_steps_say_why() {
        List<PriceList> lists = List.of(
                list(1, PriceListKind.RETAIL, null, "10.00", null, null),
                list(2, PriceListKind.DEALER_LEVEL, "gold", "8.00", null, null),
                list(3, PriceListKind.CUSTOMER, "42", "7.50", null, DAY.minusDays(1)),
                list(4, PriceListKind.CUSTOMER, "42", null, null, null));
        PriceResolution r = PriceResolver.resolve(PriceResolutionOrder.DEFAULT, lists, query("42", "gold")).get();
        assertThat(r.winner().id()).isEqualTo(new PriceListId(2));
        assertThat(r.price()).isEqualTo(UnitPrice.of("8", Money.CNY));
        assertThat(r.steps()).extracting(PriceStep::outcome).anySatisfy(s -> assertThat(s).contains("not valid on"))
                .anySatisfy(s -> assertThat(s).contains("no price for sku 7"))
                .anySatisfy(s -> assertThat(s).startsWith("won: DEALER_LEVEL list 2"));
    }

    @Test
    void the_order_is_the_tenant_setting() {
        List<PriceList> lists = List.of(list(1, PriceListKind.RETAIL, null, "10.00", null, null),
                list(2, PriceListKind.DEALER_LEVEL, "gold", "8.00", null, null));
        PriceResolutionOrder retailFirst = new PriceResolutionOrder(List.of(PriceListKind.RETAIL, PriceListKind.DEALER_LEVEL));
        assertThat(PriceResolver.resolve(retailFirst, lists, query(null, "gold")).get().winner().id().value()).isEqualTo(1);
    }

    @Test
    void within_a_kind_the_list_valid_from_the_latest_date_wins() {
        List<PriceList> lists = List.of(list(1, PriceListKind.RETAIL, null, "10.00", DAY.minusDays(30), null),
                list(2, PriceListKind.RETAIL, null, "9.00", DAY.minusDays(3), DAY.plusDays(3)));
        assertThat(PriceResolver.resolve(PriceResolutionOrder.DEFAULT, lists, query(null, null)).get().price())
                .isEqualTo(UnitPrice.of("9", Money.CNY));
    }

    @Test
    void no_price_anywhere_is_price_not_found_with_the_explanation() {
        var error = PriceResolver.resolve(PriceResolutionOrder.DEFAULT, List.of(), query(null, null)).getLeft();
        assertThat(error.code()).isEqualTo("pricing.price-not-found");
        assertThat(error.message()).contains("CUSTOMER: skipped");
    }
}
