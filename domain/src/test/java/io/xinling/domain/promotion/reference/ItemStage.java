package io.xinling.domain.promotion.reference;

import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.Stage;
import io.xinling.domain.promotion.rule.Amounts;
import io.xinling.domain.promotion.rule.LineShare;
import io.xinling.domain.promotion.rule.LineView;
import io.xinling.domain.promotion.rule.RuleOutcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stage S1 (item price): every scheme is evaluated on the S0 price; inside an exclusion group each line
 * takes the single best scheme for that line ("the unit price is the lowest of them"); groups add up.
 * A special price that allows it takes the member rate on top (特价再享会员折扣); an exclusive winner
 * keeps its line to itself.
 */
final class ItemStage {

    private record Offer(Candidate c, LineShare share) {
    }

    private ItemStage() {
    }

    static void run(PricingRun run, List<Scheme> schemes) {
        Map<String, List<Candidate>> groups = new TreeMap<>();
        List<Candidate> members = new ArrayList<>();
        for (Scheme s : schemes) {
            RuleOutcome out = s.rule().evaluate(run.input(s, run::wholeUnits));
            if (out instanceof RuleOutcome.Skip skip) {
                run.skip(s, skip);
            } else if (out instanceof RuleOutcome.Benefit b) {
                run.withinBudget(s, b).ifPresent(ok -> {
                    run.hold(s, ok.total());
                    Candidate c = Candidate.of(s, ok);
                    groups.computeIfAbsent(s.exclusionGroup(), g -> new ArrayList<>()).add(c);
                    if (s.rule().isMemberDiscount()) {
                        members.add(c);
                    }
                });
            }
        }
        int n = run.ledger.size();
        List<List<Offer>> perLine = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            perLine.add(winnersOn(run, groups, i));
        }
        java.util.Set<String> won = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            applyLine(run, i, perLine.get(i), members, won);
        }
        reportLosers(run, groups, won);
        run.clampAtFloor(Stage.S1_ITEM_PRICE);
    }

    private static List<Offer> winnersOn(PricingRun run, Map<String, List<Candidate>> groups, int line) {
        List<Offer> winners = new ArrayList<>();
        for (List<Candidate> group : groups.values()) {
            Offer best = null;
            for (Candidate c : group) {
                LineShare sh = shareOn(c, line);
                if (sh != null && (best == null || Selection.compare(run.policy.selection(), c.scheme(), sh.amount(),
                        best.c().scheme(), best.share().amount()) < 0)) {
                    best = new Offer(c, sh);
                }
            }
            Offer stacked = stackedSpecial(run, group, line);
            if (stacked != null) {
                best = stacked;
            }
            if (best != null) {
                winners.add(best);
            }
        }
        for (Offer o : winners) {
            if (o.c().scheme().stacking().exclusive()) {
                return List.of(o);
            }
        }
        return winners;
    }

    private static void applyLine(PricingRun run, int i, List<Offer> winners, List<Candidate> members,
                                  java.util.Set<String> won) {
        for (Offer o : winners) {
            Scheme s = o.c().scheme();
            run.ledger.take(i, s, o.share().amount(), o.share().units(), o.share().basis(), 0);
            run.ledger.unitsAtPromo[i] = Math.max(run.ledger.unitsAtPromo[i], o.share().units());
            won.add(s.id());
            boolean stacks = s.rule().setsSpecialPrice() && !s.stacking().exclusive()
                    && (s.stacking().stacksWithMemberDiscount() || run.policy.memberStacksOnSpecialPrice());
            if (stacks && !members.isEmpty()
                    && winners.stream().noneMatch(w -> w.c().scheme().rule().isMemberDiscount())) {
                stackMember(run, i, members, won);
            }
        }
    }

    private static void stackMember(PricingRun run, int i, List<Candidate> members, java.util.Set<String> won) {
        Candidate m = members.get(0);
        if (shareOn(m, i) == null) {
            return;
        }
        LineView v = run.ledger.view(i, run.wholeUnits(i));
        long bp = m.scheme().rule().memberPayBp(v, run.ctx);
        long after = Amounts.applyRate(v.payable(), bp);
        long extra = v.payable() - after;
        long room = run.budgetRoom(m.scheme());
        if (extra > room) {
            extra = m.scheme().limits().partialBudget() ? room : 0;
        }
        if (extra > 0) {
            run.ledger.take(i, m.scheme(), extra, v.lineUnits(), "member rate " + bp + "bp on special price", 0);
            run.hold(m.scheme(), extra);
            won.add(m.scheme().id());
        }
    }

    /** The best special price that takes the member rate on top, when that beats every single scheme. */
    private static Offer stackedSpecial(PricingRun run, List<Candidate> group, int line) {
        Candidate member = group.stream().filter(c -> c.scheme().rule().isMemberDiscount() && shareOn(c, line) != null)
                .findFirst().orElse(null);
        if (member == null) {
            return null;
        }
        Offer best = null;
        long bestValue = 0;
        long payable = run.ledger.payable[line];
        for (Candidate c : group) {
            LineShare sh = shareOn(c, line);
            boolean stacks = c.scheme().rule().setsSpecialPrice() && !c.scheme().stacking().exclusive()
                    && (c.scheme().stacking().stacksWithMemberDiscount() || run.policy.memberStacksOnSpecialPrice());
            if (sh == null || !stacks) {
                continue;
            }
            long bp = member.scheme().rule().memberPayBp(run.ledger.view(line, 0), run.ctx);
            long rest = payable - sh.amount();
            long value = sh.amount() + rest - Amounts.applyRate(rest, bp);
            if (value > bestValue) {
                best = new Offer(c, sh);
                bestValue = value;
            }
        }
        return singleBeats(group, line, bestValue) ? null : best;
    }

    private static boolean singleBeats(List<Candidate> group, int line, long value) {
        for (Candidate c : group) {
            LineShare sh = shareOn(c, line);
            if (sh != null && sh.amount() > value) {
                return true;
            }
        }
        return false;
    }

    static LineShare shareOn(Candidate c, int line) {
        for (LineShare sh : c.benefit().shares()) {
            if (sh.index() == line && sh.amount() > 0) {
                return sh;
            }
        }
        return null;
    }

    private static void reportLosers(PricingRun run, Map<String, List<Candidate>> groups, java.util.Set<String> won) {
        for (List<Candidate> group : groups.values()) {
            group.sort(Selection.candidates(run.policy.selection()));
            for (Candidate c : group) {
                if (won.contains(c.scheme().id())) {
                    run.applied.add(new io.xinling.domain.promotion.AppliedScheme(c.scheme().id(), c.scheme().version(),
                            c.scheme().type(), c.scheme().stage(), c.scheme().label(),
                            io.xinling.domain.kernel.Money.of(0, run.ledger.currency), c.benefit().uses(), c.benefit().basis()));
                    continue;
                }
                Candidate winner = group.stream().filter(w -> won.contains(w.scheme().id())).findFirst().orElse(null);
                if (winner != null) {
                    run.lostTo(c.scheme(), winner.scheme(), winner.value());
                }
            }
        }
    }
}
