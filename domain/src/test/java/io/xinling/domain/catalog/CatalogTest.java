package io.xinling.domain.catalog;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.Unit;
import io.xinling.domain.kernel.UnitConversions;
import io.xinling.domain.kernel.UnitQuantity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** SKUs, units, barcodes and the category tree. */
class CatalogTest {

    private static final Unit BOTTLE = Unit.of("瓶");
    private static final Unit CASE = Unit.of("箱");

    private final Sku water = Sku.simple(1, "WATER-550", BOTTLE)
            .withUnits(UnitConversions.of(BOTTLE).with(CASE, BigDecimal.valueOf(24)));

    @Test
    void quantities_in_any_unit_convert_exactly_to_base_units() {
        assertThat(water.toBase(new UnitQuantity(Quantity.of("3.5"), CASE)).get()).isEqualTo(Quantity.of(84));
        assertThat(water.toBase(new UnitQuantity(Quantity.of(1), Unit.of("桶"))).getLeft().code())
                .isEqualTo("catalog.unknown-unit");
        assertThat(water.fromBase(Quantity.of(48), CASE)).isEqualTo(new UnitQuantity(Quantity.of(2), CASE));
    }

    @Test
    void a_reference_cost_is_never_negative() {
        assertThat(water.withReferenceCost(Optional.of(Money.cny("0.00")), false).referenceCost()).contains(Money.cny("0.00"));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> water.withReferenceCost(Optional.of(Money.cny("-1.00")), false))
                .withMessageContaining("never negative");
    }

    @Test
    void a_serial_tracked_sku_counts_whole_units() {
        Sku pairs = Sku.simple(2, "PAIR", BOTTLE).withUnits(UnitConversions.of(BOTTLE).with(CASE, new BigDecimal("2")));
        assertThat(pairs.withTracking(TrackingPolicy.SERIAL, Optional.empty()).tracking()).isEqualTo(TrackingPolicy.SERIAL);
        Sku halves = Sku.simple(3, "HALF", BOTTLE).withUnits(UnitConversions.of(BOTTLE).with(CASE, new BigDecimal("0.5")));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> halves.withTracking(TrackingPolicy.SERIAL, Optional.empty()))
                .withMessageContaining("whole");
    }

    @Test
    void barcodes_identify_a_sku_and_a_unit_and_are_unique() {
        Sku withCodes = new Sku(water.id(), water.product(), water.code(), water.name(), Map.of("颜色", "蓝"),
                water.units(), Map.of(new Barcode("6901234567892"), BOTTLE, new Barcode("16901234567899"), CASE),
                TrackingPolicy.NONE, Optional.empty(), water.taxRate(), Optional.empty(), false, false);
        Catalog catalog = Catalog.of(List.of(withCodes)).get();
        assertThat(catalog.scan(new Barcode("16901234567899")).get()).isEqualTo(new BarcodeMatch(water.id(), CASE));
        assertThat(catalog.scan(new Barcode("123")).getLeft().code()).isEqualTo("catalog.unknown-barcode");
        Sku other = new Sku(new SkuId(2), water.product(), "W2", water.name(), Map.of(), water.units(),
                Map.of(new Barcode("6901234567892"), BOTTLE), TrackingPolicy.NONE, Optional.empty(), water.taxRate(),
                Optional.empty(), false, false);
        assertThat(Catalog.of(List.of(withCodes, other)).getLeft().code()).isEqualTo("catalog.duplicate-barcode");
    }

    @Test
    void expiry_follows_the_shelf_life() {
        Sku milk = water.withTracking(TrackingPolicy.BATCH, Optional.of(7));
        assertThat(milk.expiryOf(LocalDate.of(2026, 2, 25))).contains(LocalDate.of(2026, 3, 4));
    }

    @Test
    void the_category_tree_refuses_unknown_parents_and_cycles() {
        CategoryId food = new CategoryId(1);
        CategoryId drinks = new CategoryId(2);
        CategoryTree tree = CategoryTree.empty()
                .put(new Category(food, Optional.empty(), LocalizedName.zh("食品"))).get()
                .put(new Category(drinks, Optional.of(food), LocalizedName.zh("饮料"))).get();
        assertThat(tree.path(drinks)).containsExactly(food, drinks);
        assertThat(tree.isWithin(drinks, food)).isTrue();
        assertThat(tree.put(new Category(food, Optional.of(drinks), LocalizedName.zh("食品"))).getLeft().code())
                .isEqualTo("catalog.category-cycle");
        assertThat(tree.put(new Category(new CategoryId(9), Optional.of(new CategoryId(8)), LocalizedName.zh("x")))
                .getLeft().code()).isEqualTo("catalog.unknown-category");
    }

    @Test
    void names_fall_back_to_the_default_language() {
        LocalizedName name = new LocalizedName("zh-CN", Map.of("zh-CN", "矿泉水", "en", "Mineral water"));
        assertThat(name.in("en")).isEqualTo("Mineral water");
        assertThat(name.in("ja")).isEqualTo("矿泉水");
    }
}
