package io.xinling.domain.promotion.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A stage's candidates by exclusion group, in group-name order (the order the stages settle groups in),
 * kept in an array indexed by {@link CompiledScheme#groupOrdinal} rather than a map keyed by name.
 */
final class ByGroup {

    private final List<Candidate>[] groups;
    private int first;
    private int last = -1;

    @SuppressWarnings("unchecked")
    ByGroup(int groups) {
        this.groups = new List[groups];
        this.first = groups;
    }

    void add(Candidate c) {
        int g = c.k().groupOrdinal;
        List<Candidate> list = groups[g];
        if (list == null) {
            list = new ArrayList<>(4);
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
