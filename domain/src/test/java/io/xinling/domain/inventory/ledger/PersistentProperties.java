package io.xinling.domain.inventory.ledger;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The unions a ledger of several groups is made of: as {@code putAll} and {@code addAll} of each part in turn. */
class PersistentProperties {

    @Property(tries = 200)
    void a_map_union_keeps_the_value_of_the_last_map_holding_a_key(
            @ForAll @Size(min = 1, max = 5) List<@Size(max = 8) Map<@IntRange(max = 12) Integer, @IntRange(max = 3) Integer>> maps) {
        Map<Integer, Integer> expected = new HashMap<>();
        maps.forEach(expected::putAll);
        assertThat(Persistent.mapUnion(maps.stream().map(Persistent::map).toList())).isEqualTo(expected);
    }

    @Property(tries = 200)
    void a_set_union_holds_every_item(@ForAll @Size(min = 1, max = 5) List<@Size(max = 8) Set<@IntRange(max = 12) Integer>> sets) {
        Set<Integer> expected = new HashSet<>();
        sets.forEach(expected::addAll);
        assertThat(Persistent.setUnion(sets.stream().map(Persistent::set).toList())).isEqualTo(expected);
    }
}
