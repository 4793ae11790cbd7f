package io.xinling.application.accounting;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.ArrayList;
import java.util.List;

/**
 * Histories of manual vouchers over four months of 2026: entries (red ink included, some unbalanced or
 * empty on purpose), posts (some by the preparer), reversals, deletions, renumbering, closes and reopens,
 * with dates anywhere in the window, so backdating into open and closed periods happens.
 */
public final class AccountingArbitraries {

    /** Leaf accounts the generator uses; those with a required dimension get a value from {@link #DIMENSION_VALUES}. */
    static final List<String> ACCOUNTS = List.of("1001", "1002", "101201", "1122", "1405", "2001", "220201", "22210102",
            "3001", "5001", "5051", "530199", "5401", "540303", "560101", "560204", "560302", "571105", "5801");
    static final List<String> DIMENSION_VALUES = List.of("A", "B", "C");
    static final int DAYS = 120;

    private AccountingArbitraries() {
    }

    public static Arbitrary<List<Op>> histories() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, enter()),
                net.jqwik.api.Tuple.of(8, post()),
                net.jqwik.api.Tuple.of(2, reverse()),
                net.jqwik.api.Tuple.of(1, delete()),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 3).map(m -> (Op) new Op.Renumber(m))),
                net.jqwik.api.Tuple.of(2, Arbitraries.just((Op) new Op.Close())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just((Op) new Op.Reopen()))
        ).list().ofMinSize(1).ofMaxSize(40);
    }

    static Arbitrary<Op> enter() {
        Arbitrary<Integer> day = Arbitraries.integers().between(0, DAYS - 1);
        Arbitrary<String> word = Arbitraries.of("记", "记", "记", "收", "付");
        return Combinators.combine(day, word, lines(), Arbitraries.integers().between(0, 29))
                .as((d, w, lines, mode) -> (Op) new Op.Enter(d, w, mode == 7 ? unbalance(lines) : lines));
    }

    /** Debit lines, then credit lines whose last one takes whatever makes the totals equal. */
    static Arbitrary<List<Op.GenLine>> lines() {
        Arbitrary<Op.GenLine> one = Combinators.combine(Arbitraries.integers().between(0, ACCOUNTS.size() - 1),
                        amounts(), Arbitraries.integers().between(0, DIMENSION_VALUES.size() - 1))
                .as((account, minor, dim) -> new Op.GenLine(account, true, minor, dim));
        return Combinators.combine(one.list().ofMinSize(1).ofMaxSize(3), one.list().ofMinSize(1).ofMaxSize(3))
                .as((debits, credits) -> {
                    List<Op.GenLine> lines = new ArrayList<>(debits);
                    long rest = debits.stream().mapToLong(Op.GenLine::minor).sum();
                    for (int i = 0; i < credits.size(); i++) {
                        Op.GenLine c = credits.get(i);
                        long minor = i == credits.size() - 1 ? rest : c.minor();
                        rest -= minor;
                        lines.add(new Op.GenLine(c.account(), false, minor, c.dimension()));
                    }
                    return lines;
                });
    }

    private static List<Op.GenLine> unbalance(List<Op.GenLine> lines) {
        List<Op.GenLine> copy = new ArrayList<>(lines);
        Op.GenLine first = copy.get(0);
        copy.set(0, new Op.GenLine(first.account(), first.debit(), first.minor() + 1, first.dimension()));
        return copy;
    }

    /** Fen from 0.01 to 10^7 yuan, about one in eight negative (red ink); sign choices avoid jqwik's edge values. */
    static Arbitrary<Long> amounts() {
        return Combinators.combine(Arbitraries.longs().between(1, 1_000_000_000L), Arbitraries.integers().between(0, 7))
                .as((minor, sign) -> sign == 5 ? -minor : minor);
    }

    static Arbitrary<Op> post() {
        return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 19))
                .as((pick, self) -> (Op) new Op.Post(pick, self == 7));
    }

    static Arbitrary<Op> reverse() {
        return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, DAYS - 1))
                .as((pick, day) -> (Op) new Op.Reverse(pick, day));
    }

    static Arbitrary<Op> delete() {
        return Arbitraries.integers().between(0, 1000).map(pick -> (Op) new Op.Delete(pick));
    }
}
