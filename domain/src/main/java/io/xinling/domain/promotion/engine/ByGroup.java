package io.xinling.domain.promotion.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A stage's candidates by exclusion group, in group-name order (the order the stages settle groups in),
 * kept in an array indexed by {@link CompiledScheme#groupOrdinal} rather than a map keyed by name.
 */
final class ByGroup {

    private final List<Candidate>[] groups;
    /** Per group, how many of the stage's schemes it has: the most candidates its list will hold. */
    private final int[] sizes;
    private int first;
    private int last = -1;

    /** The groups of a stage's {@code schemes}, out of the index's {@code groups}. */
    @SuppressWarnings("unchecked")
    ByGroup(int groups, List<CompiledScheme> schemes) {
        this.groups = new List[groups];
        this.first = groups;
        this.sizes = new int[groups];
        for (int j = 0; j < schemes.size(); j++) {
            sizes[schemes.get(j).groupOrdinal]++;
        }
    }

    void add(Candidate c) {
        int g = c.k().groupOrdinal;
        List<Candidate> list = groups[g];
        if (list == null) {
            list = new ArrayList<>(sizes[g]);
            groups[g] = list;
            first = Math.min(first, g);
            last = Math.max(last, g);
        }
        list.add(c);
    }

    /** The groups that have a candidate, in group-name order. */
    List<List<Candidate>> inOrder() {
        if (last < first) {
            return List.of();
        }
        List<List<Candidate>> out = new ArrayList<>(last - first + 1);
        for (int g = first; g <= last; g++) {
            if (groups[g] != null) {
                out.add(groups[g]);
            }
        }
        return out;
    }
}
