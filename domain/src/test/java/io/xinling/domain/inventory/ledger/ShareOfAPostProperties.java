package io.xinling.domain.inventory.ledger;

import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.StockSlot;
import io.xinling.domain.inventory.document.DocumentHeader;
import io.xinling.domain.inventory.document.InventoryDocument;
import io.xinling.domain.inventory.document.Issue;
import io.xinling.domain.inventory.document.IssuePurpose;
import io.xinling.domain.inventory.document.StockLine;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;

import java.util.List;
import java.util.function.Predicate;

import static io.xinling.domain.inventory.ledger.Fixture.PCS;
import static io.xinling.domain.inventory.ledger.Fixture.W1;
import static io.xinling.domain.inventory.ledger.Fixture.jan;
import static io.xinling.domain.inventory.ledger.Fixture.receipt;
import static io.xinling.domain.inventory.ledger.Fixture.sale;
import static io.xinling.domain.inventory.ledger.Fixture.sku;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document over two SKU groups is posted on the union of their ledgers; each group then keeps its share. When the
 * post only appended rows, {@link StockLedger#shareOf} gives that share from the group's own ledger: it must be what
 * {@link StockLedger#slice} cuts from the whole, and post the next document alike.
 */
class ShareOfAPostProperties {

    private static int shares;

    /** Most generated cases reach the share: the posts that only appended. */
    @AfterContainer
    static void exercised() {
        assertThat(shares).as("posts that only appended").isGreaterThan(20);
    }

    @Property(tries = 60)
    void the_share_of_a_post_at_the_tail_is_the_slice_of_the_union(
            @ForAll @Size(max = 12) List<@IntRange(min = 1, max = 9) Integer> first,
            @ForAll @Size(max = 12) List<@IntRange(min = 1, max = 9) Integer> second,
            @ForAll @IntRange(min = 1, max = 5) int sold, @ForAll CostingScope scope, @ForAll boolean negative) {
        StockLedger empty = StockLedger.empty(Fixture.setup(scope, negative, Fixture.plainSkus(2)));
        StockLedger one = history(empty, 1, first, 100);
        StockLedger two = history(empty, 2, second, 200);
        StockLedger union = StockLedger.union(one.setup(), List.of(one, two));
        Issue both = new Issue(DocumentHeader.of(900, 900, jan(28)), W1, IssuePurpose.SALE,
                List.of(StockLine.of(1, sku(1), Integer.toString(sold), PCS.code()),
                        StockLine.of(2, sku(2), Integer.toString(sold), PCS.code())));
        var posted = union.post(both);
        if (posted.isLeft()) {
            return; // short of stock: nothing to keep
        }
        StockLedger after = posted.get().ledger();
        if (after.appendedTo(union).isPresent()) {
            shares++; // the share by appending; a post on negative stock may re-cost the run before it (then sliced)
        }
        DocumentId changed = new DocumentId(900);
        for (StockLedger part : List.of(one, two)) {
            long id = part == one ? 1 : 2;
            Predicate<SkuId> in = s -> s.value() == id;
            StockLedger share = after.shareOf(in, part, union, changed);
            StockLedger slice = after.slice(in, part, changed, true);
            assertSame(share, slice);
            StockLedger shareThen = Fixture.post(share, receipt(901, jan(29), W1, id, "2", "7.00"), sale(902, jan(30), W1, id, "0.5"));
            StockLedger sliceThen = Fixture.post(slice, receipt(901, jan(29), W1, id, "2", "7.00"), sale(902, jan(30), W1, id, "0.5"));
            assertSame(shareThen, sliceThen);
        }
    }

    /**
     * A union's index is put together from its parts' (their rows renumbered), and a part finds a document's movements
     * through its index of movement ids, built on one version and extended by the versions that appended to it: both must
     * answer as a scan of the rows does, before and after a post on the union.
     */
    @Property(tries = 60)
    void a_union_and_its_parts_find_balances_slots_and_movements_as_their_rows_show_them(
            @ForAll @Size(max = 12) List<@IntRange(min = 1, max = 9) Integer> first,
            @ForAll @Size(max = 12) List<@IntRange(min = 1, max = 9) Integer> second,
            @ForAll @IntRange(min = 0, max = 12) int indexedAfter, @ForAll CostingScope scope, @ForAll boolean negative) {
        // part one: SKU 1 on days 1 to 12, then SKU 3 on day 13; part two: SKU 2 from day 14 (the union orders keys
        // by their first row: SKU 3 before SKU 2, though SKU 3 comes second in its part and SKU 2 first in its own)
        StockLedger empty = StockLedger.empty(Fixture.setup(scope, negative, Fixture.plainSkus(3)));
        int split = Math.min(indexedAfter, first.size());
        StockLedger early = history(empty, 1, first.subList(0, split), 100, 1);
        StockLedger.movementsOf(List.of(early), new DocumentId(100)); // the index of movement ids, from here on extended
        StockLedger one = history(history(early, 1, first.subList(split, first.size()), 100 + split, 1 + split), 3,
                List.of(3), 150, 13);
        StockLedger two = history(empty, 2, second, 200, 14);
        StockLedger union = StockLedger.union(one.setup(), List.of(one, two));
        assertFoundAsScanned(union, List.of(one, two));
        Issue both = new Issue(DocumentHeader.of(900, 900, jan(28)), W1, IssuePurpose.SALE,
                List.of(StockLine.of(1, sku(1), "1", PCS.code()), StockLine.of(2, sku(2), "1", PCS.code())));
        var posted = union.post(both);
        if (posted.isRight()) {
            StockLedger after = posted.get().ledger();
            DocumentId changed = new DocumentId(900);
            StockLedger oneAfter = after.shareOf(s -> s.value() != 2, one, union, changed);
            StockLedger twoAfter = after.shareOf(s -> s.value() == 2, two, union, changed);
            assertFoundAsScanned(after, List.of(oneAfter, twoAfter));
        }
    }

    @Example
    void the_union_of_no_group_is_an_empty_ledger() {
        StockLedger none = StockLedger.union(Fixture.setup(CostingScope.PER_WAREHOUSE, false, Fixture.plainSkus(1)), List.of());
        assertThat(none.movements()).isEmpty();
        assertThat(none.documents()).isEmpty();
        assertThat(StockLedger.movementsOf(List.of(), new DocumentId(1))).isEmpty();
    }

    private static void assertFoundAsScanned(StockLedger union, List<StockLedger> parts) {
        List<StockMovement> rows = union.movements();
        assertThat(union.keyBalancesOf(rows.stream().map(m -> m.spec().key()).toList())).isEqualTo(union.keyBalances());
        assertThat(union.slotBalancesOf(rows.stream().map(m -> m.spec().slot()).toList())).isEqualTo(union.slotBalances());
        for (StockSlot slot : rows.stream().map(m -> m.spec().slot()).distinct().toList()) {
            assertThat(union.slotsOf(slot.location(), slot.sku())).isEqualTo(rows.stream().map(m -> m.spec().slot())
                    .filter(s -> s.location().equals(slot.location()) && s.sku().equals(slot.sku())).distinct().toList());
        }
        for (InventoryDocument doc : union.documents()) {
            DocumentId id = doc.header().id();
            List<StockMovement> scanned = rows.stream().filter(m -> m.id().document().equals(id)).toList();
            assertThat(StockLedger.movementsOf(parts, id)).isEqualTo(scanned);
            assertThat(union.movementsOf(id)).isEqualTo(scanned);
        }
    }

    /** Receipts of {@code sku} on odd counts, sales of 1 on even ones, one a day. */
    private static StockLedger history(StockLedger ledger, long sku, List<Integer> counts, long firstDoc) {
        return history(ledger, sku, counts, firstDoc, 1);
    }

    /** {@link #history} from day {@code firstDay} of January. */
    private static StockLedger history(StockLedger ledger, long sku, List<Integer> counts, long firstDoc, int firstDay) {
        StockLedger at = ledger;
        for (int i = 0; i < counts.size(); i++) {
            int n = counts.get(i);
            var doc = n % 2 == 1 ? receipt(firstDoc + i, jan(firstDay + i), W1, sku, Integer.toString(n), n + ".30")
                    : sale(firstDoc + i, jan(firstDay + i), W1, sku, "1");
            var r = at.post(doc);
            if (r.isRight()) {
                at = r.get().ledger();
            }
        }
        return at;
    }

    private static void assertSame(StockLedger actual, StockLedger expected) {
        assertThat(actual.movements()).isEqualTo(expected.movements());
        assertThat(actual.documents()).containsExactlyInAnyOrderElementsOf(expected.documents());
        assertThat(actual.keyBalances()).containsExactlyInAnyOrderElementsOf(expected.keyBalances());
        assertThat(actual.slotBalances()).containsExactlyInAnyOrderElementsOf(expected.slotBalances());
        assertThat(actual.movements()).allSatisfy(m -> assertThat(actual.movement(m.id())).contains(m));
    }
}
