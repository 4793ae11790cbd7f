package io.xinling.domain.settlement;

import io.vavr.control.Either;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.settlement.SettlementArbitraries.Apply;
import io.xinling.domain.settlement.SettlementArbitraries.Op;
import io.xinling.domain.settlement.SettlementArbitraries.Post;
import io.xinling.domain.settlement.SettlementArbitraries.Reverse;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The settlement side of I-15, write-off neutrality and exact reversal, over random operation sequences. */
class SettlementProperties {

    private static final LocalDate DAY0 = LocalDate.of(2026, 1, 1);
    private static final List<PartnerId> PARTNERS = List.of(new PartnerId(1), new PartnerId(2));
    private static final int[] SAMPLE_DAYS = {0, 15, 30, 61, 90, 120, 135};

    @Property
    void i15_open_items_less_unapplied_credits_equal_the_raw_history_per_partner_and_date(
            @ForAll("operations") List<Op> operations) {
        PartnerBook book = new PartnerBook();
        for (Op op : operations) {
            run(book, op);
            assertBalancesMatchHistory(book, SAMPLE_DAYS);
        }
        int[] everyDay = new int[SettlementArbitraries.DAYS + 16];
        for (int d = 0; d < everyDay.length; d++) {
            everyDay[d] = d;
        }
        assertBalancesMatchHistory(book, everyDay);
    }

    @Property
    void a_write_off_never_changes_a_partner_balance_and_a_refusal_changes_nothing(
            @ForAll("operations") List<Op> operations) {
        PartnerBook book = new PartnerBook();
        for (Op op : operations) {
            Map<PartnerId, List<Money>> before = balances(book);
            var itemsBefore = new HashMap<>(book.items);
            int writeOffsBefore = book.writeOffs.size();
            Either<SettlementError, ?> outcome = run(book, op);
            if (!(op instanceof Post)) {
                assertThat(balances(book)).isEqualTo(before);
            }
            if (outcome.isLeft()) {
                assertThat(book.items).isEqualTo(itemsBefore);
                assertThat(book.writeOffs).hasSize(writeOffsBefore);
            }
        }
    }

    @Property
    void a_reversal_restores_the_open_amounts_exactly(@ForAll("operations") List<Op> prefix,
                                                      @ForAll("applies") Op apply) {
        PartnerBook book = new PartnerBook();
        prefix.forEach(op -> run(book, op));
        Map<SettlementItemId, Money> before = openAmounts(book);
        Map<PartnerId, List<Money>> balancesBefore = balances(book);
        int count = book.writeOffs.size();
        Either<SettlementError, ?> applied = run(book, apply);
        if (applied.isRight()) {
            for (WriteOff w : new ArrayList<>(book.writeOffs.subList(count, book.writeOffs.size()))) {
                SettlementItem charge = book.items.get(w.debit());
                SettlementItem credit = book.items.get(w.credit());
                LocalDate date = max(charge.earliestMatchDate(), credit.earliestMatchDate());
                assertThat(book.reverse(w, date).isRight()).isTrue();
                assertThat(book.reverse(w, date).getLeft()).isInstanceOf(SettlementError.AlreadyReversed.class);
            }
        }
        assertThat(openAmounts(book)).isEqualTo(before);
        assertThat(balances(book)).isEqualTo(balancesBefore);
    }

    private static void assertBalancesMatchHistory(PartnerBook book, int[] days) {
        for (PartnerId partner : PARTNERS) {
            for (int day : days) {
                LocalDate date = DAY0.plusDays(day);
                assertThat(book.balanceFromItems(partner, date)).as("partner %s on %s", partner, date)
                        .isEqualTo(book.balanceFromHistory(partner, date));
            }
            assertThat(OpenAmounts.balance(book.itemsOf(partner), Money.CNY))
                    .isEqualTo(book.balanceFromHistory(partner, LocalDate.MAX));
        }
    }

    private static Map<PartnerId, List<Money>> balances(PartnerBook book) {
        Map<PartnerId, List<Money>> result = new HashMap<>();
        for (PartnerId partner : PARTNERS) {
            List<Money> perDay = new ArrayList<>();
            perDay.add(OpenAmounts.balance(book.itemsOf(partner), Money.CNY));
            for (int day : SAMPLE_DAYS) {
                perDay.add(book.balanceFromItems(partner, DAY0.plusDays(day)));
            }
            result.put(partner, perDay);
        }
        return result;
    }

    private static Map<SettlementItemId, Money> openAmounts(PartnerBook book) {
        Map<SettlementItemId, Money> open = new HashMap<>();
        book.items.forEach((id, item) -> open.put(id, item.open()));
        return open;
    }

    private static Either<SettlementError, ?> run(PartnerBook book, Op op) {
        if (op instanceof Post p) {
            return Either.right(book.post(PARTNERS.get(p.partner()), p.charge() ? ItemSide.DEBIT : ItemSide.CREDIT,
                    p.charge() ? ItemKind.DOCUMENT : p.advance() ? ItemKind.ADVANCE : ItemKind.RECEIPT,
                    DAY0.plusDays(p.day()), Money.cny(p.minor())));
        }
        return op instanceof Apply a ? apply(book, a) : reverse(book, (Reverse) op);
    }

    private static Either<SettlementError, ?> apply(PartnerBook book, Apply a) {
        List<SettlementItem> credits = book.items.values().stream().filter(i -> i.side() == ItemSide.CREDIT).toList();
        List<SettlementItem> charges = book.items.values().stream().filter(i -> i.side() == ItemSide.DEBIT).toList();
        if (credits.isEmpty() || charges.isEmpty()) {
            return Either.left(new SettlementError.InvalidField("none", "nothing to apply"));
        }
        SettlementItem credit = credits.get(a.credit() % credits.size());
        LocalDate date = credit.earliestMatchDate();
        List<Allocation> allocations = new ArrayList<>();
        for (int i = 0; i < a.charges().size(); i++) {
            SettlementItem charge = charges.get(a.charges().get(i) % charges.size());
            date = max(date, charge.earliestMatchDate());
            long amount = 1 + a.minors().get(i) % Math.max(1, charge.open().minor() + 10);
            allocations.add(new Allocation(charge.id(), Money.cny(amount)));
        }
        return book.writeOff(credit.id(), allocations, date.plusDays(a.day() % 10));
    }

    private static Either<SettlementError, ?> reverse(PartnerBook book, Reverse r) {
        List<WriteOff> originals = book.writeOffs.stream().filter(w -> !w.isReversal()).toList();
        if (originals.isEmpty()) {
            return Either.left(new SettlementError.InvalidField("none", "nothing to reverse"));
        }
        WriteOff original = originals.get(r.writeOff() % originals.size());
        LocalDate date = max(book.items.get(original.debit()).earliestMatchDate(),
                book.items.get(original.credit()).earliestMatchDate());
        return book.reverse(original, date.plusDays(r.day() % 10));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        return SettlementArbitraries.operations();
    }

    @Provide
    Arbitrary<Op> applies() {
        return SettlementArbitraries.applies();
    }

}
