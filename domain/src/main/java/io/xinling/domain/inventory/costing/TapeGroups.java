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
        switches(t);
        returns.forEach((sale, list) -> t.returnsOfSale.put(sale, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The legs of each scope switch: per old key its leaving legs and opening legs, per new key its openings. */
    private static void switches(CostingTape t) {
        byte out = MovementKind.SWITCH_OUT.code();
        byte in = MovementKind.SWITCH_IN.code();
        Map<Long, List<Integer>> legsOfDoc = new java.util.LinkedHashMap<>();
        for (int i = 0; i < t.size; i++) {
            if (t.kind[i] == out || t.kind[i] == in) {
                legsOfDoc.computeIfAbsent(t.doc[i], d -> new ArrayList<>()).add(i);
            }
        }
        legsOfDoc.forEach((document, legs) -> {
            Map<Integer, Integer> firstOut = new HashMap<>();
            Map<Integer, Integer> lastOut = new HashMap<>();
            Map<Integer, List<Integer>> insOfOld = new HashMap<>();
            Map<Integer, Integer> lastInOfNew = new HashMap<>();
            Map<Integer, List<Integer>> insOfNew = new HashMap<>();
            for (int i : legs) {
                if (t.kind[i] == out) {
                    firstOut.putIfAbsent(t.key[i], i);
                    lastOut.put(t.key[i], i);
                } else {
                    insOfOld.computeIfAbsent(t.key[t.feed[i]], k -> new ArrayList<>()).add(i);
                    lastInOfNew.put(t.key[i], i);
                    insOfNew.computeIfAbsent(t.key[i], k -> new ArrayList<>()).add(i);
                }
            }
            for (int i : legs) {
                if (t.kind[i] == out) {
                    t.switches.put(i, new SwitchLeg(firstOut.get(t.key[i]), new int[0], lastOut.get(t.key[i]) == i, false,
                            new int[0]));
                } else {
                    int old = t.key[t.feed[i]];
                    List<Integer> ins = insOfOld.get(old);
                    int[] earlier = ins.stream().mapToInt(Integer::intValue).filter(j -> j < i).toArray();
                    boolean lastOfNew = lastInOfNew.get(t.key[i]) == i;
                    t.switches.put(i, new SwitchLeg(firstOut.get(old), earlier, ins.get(ins.size() - 1) == i, lastOfNew,
                            lastOfNew ? insOfNew.get(t.key[i]).stream().mapToInt(Integer::intValue).toArray() : new int[0]));
                }
            }
        });
    }
}
