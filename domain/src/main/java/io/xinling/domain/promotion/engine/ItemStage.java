package io.xinling.domain.promotion.engine;

import io.xinling.domain.promotion.Stage;
import io.xinling.domain.promotion.rule.Amounts;
import io.xinling.domain.promotion.rule.LineShare;
import io.xinling.domain.promotion.rule.LineShares;
import io.xinling.domain.promotion.rule.LineView;
import io.xinling.domain.promotion.rule.RuleOutcome;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage S1 (item price): every scheme is evaluated on the S0 price; inside an exclusion group each line
 * takes the single best scheme for that line ("the unit price is the lowest of them"); groups add up.
 * A special price that allows it takes the member rate on top (特价再享会员折扣); an exclusive winner
 * keeps its line to itself in this stage, and from the next stage on only the units it priced (its 限购 units):
 * the line's other units stay at their own price for later stages (spec 3.6).
 */
final class ItemStage {

    /** Candidate {@code c}'s share number {@code at} (of its benefit's shares), on one line. */
    private record Offer(Candidate c, int at) {
        long amount() {
            return LineShares.amount(c.benefit().shares(), at);
        }

        long units() {
            return LineShares.units(c.benefit().shares(), at);
        }

        String basis() {
            return LineShares.basis(c.benefit().shares(), at);
        }
    }

    /**
     * An exclusion group's candidates, and per line the offers on it (each candidate's first share with an
     * amount there, by number and amount), in candidate order: one linked list per line, in flat arrays.
     */
    private static final class Group {
        /** Per line, its first offer, and its last while building ({@code -1}: none). */
        private final int[] head;
        private final int[] tail;
        /** Per offer, the next offer on the same line ({@code -1}: none), its candidate, its share's number and amount. */
        private final int[] next;
        private final Candidate[] candidate;
        private final int[] shareAt;
        private final long[] amount;

        Group(List<Candidate> candidates, int lines) {
            int shares = 0;
            for (Candidate c : candidates) {
                shares += c.benefit().shares().size();
            }
            head = new int[lines];
            tail = new int[lines];
            java.util.Arrays.fill(head, -1);
            next = new int[shares];
            candidate = new Candidate[shares];
            shareAt = new int[shares];
            amount = new long[shares];
            int count = 0;
            for (Candidate c : candidates) {
                List<LineShare> list = c.benefit().shares();
                for (int j = 0; j < list.size(); j++) {
                    int line = LineShares.index(list, j);
                    long a = LineShares.amount(list, j);
                    if (a <= 0) {
                        continue;
                    }
                    if (head[line] < 0) {
                        head[line] = count;
                    } else if (candidate[tail[line]] == c) {
                        continue;
                    } else {
                        next[tail[line]] = count;
                    }
                    tail[line] = count;
                    next[count] = -1;
                    candidate[count] = c;
                    shareAt[count] = j;
                    amount[count] = a;
                    count++;
                }
            }
        }

        Offer offer(int o) {
            return new Offer(candidate[o], shareAt[o]);
        }
    }

    private ItemStage() {
    }

    static void run(PricingRun run, List<CompiledScheme> schemes) {
        ByGroup groups = new ByGroup(run.coverage.groups, schemes);
        List<Candidate> members = new ArrayList<>();
        for (CompiledScheme k : schemes) {
            RuleOutcome out = k.rule.evaluate(run.input(k));
            if (out instanceof RuleOutcome.Skip skip) {
                run.skip(k, skip);
            } else if (out instanceof RuleOutcome.Benefit b) {
                RuleOutcome.Benefit ok = run.withinBudget(k, b);
                if (ok != null) {
                    Candidate c = Candidate.of(k, ok);
                    run.hold(k, c.value());
                    groups.add(c);
                    if (k.memberDiscount) {
                        members.add(c);
                    }
                }
            }
        }
        int n = run.ledger.size();
        List<List<Candidate>> ordered = groups.inOrder();
        List<Group> indexed = new ArrayList<>(ordered.size());
        for (List<Candidate> group : ordered) {
            indexed.add(new Group(group, n));
        }
        boolean[] won = new boolean[run.coverage.ids];
        // a line's winners depend on that line alone, which the lines before it leave as it is: each line is settled
        // in turn, in one list
        List<Offer> winners = new ArrayList<>(Math.max(1, indexed.size()));
        for (int i = 0; i < n; i++) {
            winnersOn(run, indexed, i, winners);
            applyLine(run, i, winners, members, won);
        }
        reportLosers(run, ordered, won);
        run.clampAtFloor(Stage.S1_ITEM_PRICE);
    }

    /** The winners on a line, one per group (or the exclusive one alone), into {@code winners}. */
    private static void winnersOn(PricingRun run, List<Group> groups, int line, List<Offer> winners) {
        winners.clear();
        for (Group group : groups) {
            int first = group.head[line];
            if (first < 0) {
                continue;
            }
            int best = first;
            for (int o = group.next[first]; o >= 0; o = group.next[o]) {
                if (Selection.compare(run.policy.selection(), group.candidate[o].k(), group.amount[o],
                        group.candidate[best].k(), group.amount[best]) < 0) {
                    best = o;
                }
            }
            Offer stacked = stackedSpecial(run, group, line);
            winners.add(stacked != null ? stacked : group.offer(best));
        }
        for (int j = 0; j < winners.size(); j++) {
            Offer o = winners.get(j);
            if (o.c().k().exclusive) {
                winners.clear();
                winners.add(o);
                return;
            }
        }
    }

    private static void applyLine(PricingRun run, int i, List<Offer> winners, List<Candidate> members,
                                  boolean[] won) {
        for (int j = 0; j < winners.size(); j++) {
            Offer o = winners.get(j);
            CompiledScheme k = o.c().k();
            long units = o.units();
            run.ledger.take(i, k, o.amount(), units, o.basis(), 0);
            run.ledger.unitsAtPromo[i] = Math.max(run.ledger.unitsAtPromo[i], units);
            won[run.coverage.id(k)] = true;
            boolean stacks = stacksMember(run, k);
            if (stacks && !members.isEmpty() && noMember(winners)) {
                stackMember(run, i, members, won);
            }
        }
    }

    /**
     * Whether a special price takes the member rate on top (its own flag or the policy's): never an exclusive one, whose
     * units take nothing else (spec 2.4, 3.3).
     */
    private static boolean stacksMember(PricingRun run, CompiledScheme k) {
        return k.specialPrice && !k.exclusive && (k.stacksWithMemberDiscount || run.policy.memberStacksOnSpecialPrice());
    }

    private static boolean noMember(List<Offer> winners) {
        for (int j = 0; j < winners.size(); j++) {
            if (winners.get(j).c().k().memberDiscount) {
                return false;
            }
        }
        return true;
    }

    private static void stackMember(PricingRun run, int i, List<Candidate> members, boolean[] won) {
        Candidate m = members.get(0);
        if (!hasShareOn(m, i)) {
            return;
        }
        LineView v = run.view(i);
        long bp = m.k().rule.memberPayBp(v, run.ctx);
        long after = Amounts.applyRate(v.payable(), bp);
        long extra = v.payable() - after;
        long room = run.budgetRoom(m.k());
        if (extra > room) {
            extra = m.k().scheme.limits().partialBudget() ? room : 0;
        }
        if (extra > 0) {
            run.ledger.take(i, m.k(), extra, v.lineUnits(), "member rate " + bp + "bp on special price", 0);
            run.hold(m.k(), extra);
            won[run.coverage.id(m.k())] = true;
        }
    }

    /**
     * The best special price that takes the member rate on top, when that beats every single scheme of the
     * group on the line (its offers there, in candidate order).
     */
    private static Offer stackedSpecial(PricingRun run, Group group, int line) {
        int member = -1;
        for (int o = group.head[line]; o >= 0; o = group.next[o]) {
            if (group.candidate[o].k().memberDiscount) {
                member = o;
                break;
            }
        }
        if (member < 0) {
            return null;
        }
        int best = -1;
        long bestValue = 0;
        long payable = run.ledger.payable[line];
        long bp = -1;
        for (int o = group.head[line]; o >= 0; o = group.next[o]) {
            Candidate c = group.candidate[o];
            if (!stacksMember(run, c.k())) {
                continue;
            }
            if (bp < 0) {
                bp = group.candidate[member].k().rule.memberPayBp(run.ledger.view(line, 0), run.ctx);
            }
            long amount = group.amount[o];
            long rest = payable - amount;
            long value = amount + rest - Amounts.applyRate(rest, bp);
            if (value > bestValue) {
                best = o;
                bestValue = value;
            }
        }
        return best < 0 || singleBeats(group, line, bestValue) ? null : group.offer(best);
    }

    private static boolean singleBeats(Group group, int line, long value) {
        for (int o = group.head[line]; o >= 0; o = group.next[o]) {
            if (group.amount[o] > value) {
                return true;
            }
        }
        return false;
    }

    /** Whether the candidate's benefit takes something off the line. */
    static boolean hasShareOn(Candidate c, int line) {
        List<LineShare> shares = c.benefit().shares();
        for (int j = 0; j < shares.size(); j++) {
            if (LineShares.index(shares, j) == line && LineShares.amount(shares, j) > 0) {
                return true;
            }
        }
        return false;
    }

    private static void reportLosers(PricingRun run, List<List<Candidate>> groups, boolean[] won) {
        for (List<Candidate> group : groups) {
            group.sort(Selection.candidates(run.policy.selection()));
            Candidate winner = null;
            for (Candidate w : group) {
                if (won[run.coverage.id(w.k())]) {
                    winner = w;
                    break;
                }
            }
            for (Candidate c : group) {
                if (won[run.coverage.id(c.k())]) {
                    run.applied.add(new PricingRun.Applied(c.k(), c.benefit().uses(), c.benefit().basis()));
                    continue;
                }
                if (winner != null) {
                    run.lostTo(c.k(), winner.k(), winner.value());
                }
            }
        }
    }
}
