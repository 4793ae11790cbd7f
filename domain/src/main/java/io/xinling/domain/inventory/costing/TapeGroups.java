package io.xinling.domain.inventory.costing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Derives the allocation groups (assembly, disassembly) and the returns of each sale of a sealed tape. */
final class TapeGroups {

    private TapeGroups() {
    }

    static void build(CostingTape t) {
        Map<Long, List<Integer>> outsOfDoc = new HashMap<>();
        Map<Long, List<Integer>> legsOfDoc = new HashMap<>();
        Map<Integer, List<Integer>> returns = new HashMap<>();
        for (int i = 0; i < t.size; i++) {
            MovementKind k = MovementKind.of(t.kind[i]);
            if (k == MovementKind.OUTBOUND) {
                outsOfDoc.computeIfAbsent(t.doc[i], d -> new ArrayList<>()).add(i);
            } else if (k == MovementKind.INBOUND_ALLOCATED) {
                legsOfDoc.computeIfAbsent(t.doc[i], d -> new ArrayList<>()).add(i);
            } else if (k == MovementKind.RETURN_REFERENCED) {
                returns.computeIfAbsent(t.feed[i], s -> new ArrayList<>()).add(i);
            }
        }
        legsOfDoc.forEach((document, legs) -> {
            int[] legArray = legs.stream().mapToInt(Integer::intValue).toArray();
            BigDecimal[] w = legs.stream().map(t.weights::get).toArray(BigDecimal[]::new);
            int[] sources = outsOfDoc.getOrDefault(document, List.of()).stream().mapToInt(Integer::intValue).toArray();
            AllocationGroup group = new AllocationGroup(sources, legArray, w, t.input[legArray[0]]);
            legs.forEach(p -> t.groups.put(p, group));
        });
        returns.forEach((sale, list) -> t.returnsOfSale.put(sale, list.stream().mapToInt(Integer::intValue).toArray()));
    }
}
