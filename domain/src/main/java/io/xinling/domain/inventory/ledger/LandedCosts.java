package io.xinling.domain.inventory.ledger;

import io.vavr.control.Either;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.costing.MovementKind;
import io.xinling.domain.inventory.document.InventoryDocument;
import io.xinling.domain.inventory.document.LandedCost;
import io.xinling.domain.inventory.document.LandedCostBasis;
import io.xinling.domain.inventory.document.Receipt;
import io.xinling.domain.inventory.document.ValuedLine;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;

import io.xinling.domain.inventory.OrderingKey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Landed cost (spec 2.11): spread over the receipt's lines (the last takes the remainder) and added to
 * their amounts at the receipt's ordering key, re-costing forward. When the receipt's period is closed
 * the charge becomes value-only movements at the landed-cost document's own date instead.
 */
final class LandedCosts {

    /** The leg of the rows that reverse a charge landed at its own date (its charge rows are the first legs). */
    static final int REVERSAL_LEG = 1;

    private LandedCosts() {
    }

    static Either<InventoryError, PostingResult> post(StockLedger ledger, LandedCost lc) {
        if (lc.charge().isZero() && lc.lineCharges().stream().allMatch(Money::isZero)) {
            return Either.left(new InventoryError.ZeroValueChange(0));
        }
        return receipt(ledger, lc.receipt()).flatMap(r -> {
            if (lc.basis() == LandedCostBasis.LINES && lc.lineCharges().size() != r.lines().size()) {
                return Either.left(new InventoryError.LineChargesMismatch(r.header().id(), r.lines().size(),
                        lc.lineCharges().size()));
            }
            Map<DocumentId, InventoryDocument> docs = StockLedger.plus(ledger.posted(), lc.header().id(), lc);
            if (lc.atOwnDate() || !ledger.setup().periods().isOpen(r.header().date())) {
                return lateCharge(ledger, lc, r, docs);
            }
            List<LandedCost> all = new ArrayList<>(ledger.landedCostsOn(r.header().id()));
            all.add(lc);
            return reprice(ledger, r, all, docs, lc);
        });
    }

    static Either<InventoryError, PostingResult> cancel(StockLedger ledger, LandedCost lc) {
        Map<DocumentId, InventoryDocument> docs = StockLedger.minus(ledger.posted(), lc.header().id());
        Receipt r = (Receipt) ledger.document(lc.receipt()).orElseThrow();
        if (!ledger.movementsOf(lc.header().id()).isEmpty()) {
            return Posting.apply(ledger, Lifecycle.idsOf(ledger, lc.header().id()), List.of(), false)
                    .map(change -> Lifecycle.result(ledger.with(change, docs,
                            StockLedger.plus(ledger.cancelled(), lc.header().id())), lc, change));
        }
        List<LandedCost> rest = ledger.landedCostsOn(r.header().id()).stream().filter(l -> !l.equals(lc)).toList();
        return Lifecycle.open(ledger, r.header().date()).flatMap(ok -> reprice(ledger, r, rest, docs, lc)
                .map(res -> new PostingResult(res.ledger().with(res.ledger().movements(), docs,
                        StockLedger.plus(ledger.cancelled(), lc.header().id())), res.movements(), res.deltas(),
                        res.keyBalances(), res.slotBalances())));
    }

    /**
     * Cancels a landed cost whose charge lies in a period closed since (spec 2.13, 2.11): nothing in the closed period
     * changes, and value-only movements of minus its share of each receipt line, on {@code date} (the earliest open
     * date), take it out again as a late charge lands, re-costing forward from there. A charge applied at its receipt
     * stays in the receipt's amounts, so the landed cost stays among the documents (and is cancelled too): a later
     * repricing of the receipt, its period reopened, keeps the share its reversal takes out. A charge that landed at
     * its own date keeps its movements there; its reversal rows are their second legs.
     */
    static Either<InventoryError, PostingResult> reverse(StockLedger ledger, LandedCost lc, LocalDate date) {
        boolean ownRows = !ledger.movementsOf(lc.header().id()).isEmpty();
        Map<DocumentId, InventoryDocument> docs = ownRows ? StockLedger.minus(ledger.posted(), lc.header().id())
                : ledger.posted();
        Receipt r = (Receipt) ledger.document(lc.receipt()).orElseThrow();
        List<Money> minusShares = sharesOn(ledger, r, List.of(lc)).stream().map(Money::negate).toList();
        List<MovementSpec> specs = valueOnly(ledger, lc, r, minusShares, ownRows ? REVERSAL_LEG : 0,
                j -> new OrderingKey(date, LocalTime.MIN, lc.header().seq(), j));
        return Posting.apply(ledger, Set.of(), specs, false)
                .map(change -> reversal(ledger.with(change, docs, StockLedger.plus(ledger.cancelled(), lc.header().id())),
                        lc, change, ownRows));
    }

    /** The result of a late reversal: its own rows are the reversal rows only (the charge's rows, if any, stay). */
    private static PostingResult reversal(StockLedger next, LandedCost lc, Posting.Change change, boolean ownRows) {
        PostingResult all = Lifecycle.result(next, lc, change);
        if (!ownRows) {
            return all;
        }
        return new PostingResult(all.ledger(), all.movements().stream().filter(m -> m.id().leg() == REVERSAL_LEG).toList(),
                all.deltas(), all.keyBalances(), all.slotBalances());
    }

    /**
     * Each line's share of the charges, by amount or quantity, the last line taking the remainder; a charge given per
     * line ({@link LandedCostBasis#LINES}) adds its line charges as they are.
     */
    static List<Money> sharesOn(StockLedger ledger, Receipt r, List<LandedCost> charges) {
        Money zero = Money.zero(ledger.setup().settings().currency());
        List<Money> total = new ArrayList<>(r.lines().stream().map(l -> zero).toList());
        for (LandedCost lc : charges) {
            if (lc.basis() == LandedCostBasis.LINES) {
                for (int j = 0; j < total.size(); j++) {
                    total.set(j, total.get(j).plus(lc.lineCharges().get(j)));
                }
                continue;
            }
            List<BigDecimal> w = r.lines().stream().map(l -> lc.basis() == LandedCostBasis.AMOUNT
                    ? l.amount().toDecimal() : l.stock().quantity().quantity().value()).toList();
            if (w.stream().allMatch(x -> x.signum() == 0)) {
                w = r.lines().stream().map(l -> l.stock().quantity().quantity().value()).toList();
            }
            List<Money> parts = split(lc.charge(), w);
            for (int j = 0; j < parts.size(); j++) {
                total.set(j, total.get(j).plus(parts.get(j)));
            }
        }
        return total;
    }

    private static List<Money> split(Money charge, List<BigDecimal> weights) {
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Money> parts = new ArrayList<>();
        Money given = Money.zero(charge.currency());
        for (int j = 0; j < weights.size(); j++) {
            Money part = j == weights.size() - 1 ? charge.minus(given)
                    : charge.times(weights.get(j).divide(sum, 20, RoundingMode.HALF_UP), RoundingMode.HALF_UP);
            parts.add(part);
            given = given.plus(part);
        }
        return parts;
    }

    private static Either<InventoryError, PostingResult> reprice(StockLedger ledger, Receipt r, List<LandedCost> all,
                                                                Map<DocumentId, InventoryDocument> docs,
                                                                InventoryDocument shown) {
        List<Money> shares = sharesOn(ledger, r, all);
        Optional<InventoryError> below = belowZero(r, shares);
        if (below.isPresent()) {
            return Either.left(below.get());
        }
        return new Explosion(ledger.setup(), ledger).explode(r, shares)
                .flatMap(specs -> Posting.apply(ledger, Lifecycle.idsOf(ledger, r.header().id()), specs, false))
                .map(change -> Lifecycle.result(ledger.with(change, docs, ledger.cancelled()), shown, change));
    }

    private static Either<InventoryError, PostingResult> lateCharge(StockLedger ledger, LandedCost lc, Receipt r,
                                                                   Map<DocumentId, InventoryDocument> docs) {
        List<LandedCost> all = new ArrayList<>(ledger.landedCostsOn(r.header().id()));
        all.add(lc);
        Optional<InventoryError> below = belowZero(r, sharesOn(ledger, r, all));
        if (below.isPresent()) {
            return Either.left(below.get());
        }
        List<MovementSpec> specs = valueOnly(ledger, lc, r, sharesOn(ledger, r, List.of(lc)), 0, lc.header()::ordering);
        return Posting.apply(ledger, Set.of(), specs, false)
                .map(change -> Lifecycle.result(ledger.with(change, docs, ledger.cancelled()), lc, change));
    }

    /**
     * The landed cost's value-only movements, one per receipt line on that line's key: {@code amounts} in line order,
     * as leg {@code leg} of the line, ordered by {@code ordering} of the line's position.
     */
    private static List<MovementSpec> valueOnly(StockLedger ledger, LandedCost lc, Receipt r, List<Money> amounts,
                                                int leg, IntFunction<OrderingKey> ordering) {
        List<MovementSpec> specs = new ArrayList<>();
        for (int j = 0; j < r.lines().size(); j++) {
            ValuedLine line = r.lines().get(j);
            MovementSpec target = ledger.movement(new MovementId(r.header().id(), line.stock().line(), 0)).orElseThrow().spec();
            specs.add(new MovementSpec(new MovementId(lc.header().id(), line.stock().line(), leg), ordering.apply(j),
                    target.slot(), target.key(), MovementKind.VALUE_OR_EXPENSE, Quantity.ZERO, amounts.get(j),
                    Optional.empty(), false, Optional.empty(), target.entered(), List.of()));
        }
        return specs;
    }

    /**
     * Landed costs may be negative (a refund of freight), but a receipt line's amount plus its share of every
     * charge on the receipt is an inbound amount and stays at or above zero (spec 2.4, I-6).
     */
    private static Optional<InventoryError> belowZero(Receipt r, List<Money> shares) {
        for (int j = 0; j < r.lines().size(); j++) {
            Money amount = r.lines().get(j).amount().plus(shares.get(j));
            if (amount.isNegative()) {
                return Optional.of(new InventoryError.LandedCostBelowZero(r.header().id(), r.lines().get(j).stock().line(), amount.format()));
            }
        }
        return Optional.empty();
    }

    private static Either<InventoryError, Receipt> receipt(StockLedger ledger, DocumentId id) {
        return ledger.document(id).filter(Receipt.class::isInstance).map(Receipt.class::cast)
                .<Either<InventoryError, Receipt>>map(Either::right)
                .orElseGet(() -> Either.left(new InventoryError.UnknownDocument(id)));
    }
}
