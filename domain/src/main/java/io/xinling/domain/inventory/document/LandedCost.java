package io.xinling.domain.inventory.document;

import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.kernel.Money;

import java.util.List;
import java.util.Objects;

/**
 * Landed cost (采购费用分摊) on a receipt, applied at the receipt's ordering key (spec 2.11). {@code atOwnDate}
 * says the receipt's period was closed when the charge was posted: the charge is then value-only movements at the
 * landed cost's own date ({@code V += X} while stock is held, otherwise an expense to 5401), and stays so on every
 * replay, whatever the periods are later. With basis {@link LandedCostBasis#LINES} the charge of each receipt line is
 * given in {@code lineCharges} (receipt line order) and {@code charge} is their sum: the difference between a supplier
 * invoice and the estimated receipt it settles (2.11, 4.1 P-3) goes through the same repricing.
 */
public record LandedCost(DocumentHeader header, DocumentId receipt, Money charge, LandedCostBasis basis,
                         boolean atOwnDate, List<Money> lineCharges) implements InventoryDocument {

    public LandedCost {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(basis, "basis");
        lineCharges = List.copyOf(lineCharges);
        if ((basis == LandedCostBasis.LINES) == lineCharges.isEmpty()) {
            throw new IllegalArgumentException("line charges are given exactly when the basis is LINES");
        }
        if (basis == LandedCostBasis.LINES && !lineCharges.stream().reduce(Money::plus).orElseThrow().equals(charge)) {
            throw new IllegalArgumentException("the charge is the sum of the line charges");
        }
    }

    /** A charge spread by {@code basis}, flagged {@code atOwnDate} or not. */
    public LandedCost(DocumentHeader header, DocumentId receipt, Money charge, LandedCostBasis basis, boolean atOwnDate) {
        this(header, receipt, charge, basis, atOwnDate, List.of());
    }

    /** A charge applied at the receipt's ordering key, unless the receipt's period is closed. */
    public LandedCost(DocumentHeader header, DocumentId receipt, Money charge, LandedCostBasis basis) {
        this(header, receipt, charge, basis, false);
    }

    /** A charge given per receipt line (basis {@link LandedCostBasis#LINES}), in receipt line order. */
    public static LandedCost byLines(DocumentHeader header, DocumentId receipt, List<Money> lineCharges,
                                     boolean atOwnDate) {
        Money sum = lineCharges.stream().reduce(Money::plus)
                .orElseThrow(() -> new IllegalArgumentException("at least one line charge"));
        return new LandedCost(header, receipt, sum, LandedCostBasis.LINES, atOwnDate, lineCharges);
    }
}
