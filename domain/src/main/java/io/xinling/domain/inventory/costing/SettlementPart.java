package io.xinling.domain.inventory.costing;

/**
 * One hole entry (or part of one) settled by an inbound while the key was negative (spec 2.6):
 * {@code holeMovement} is the id of the outbound that created the hole ({@code holePosition} its
 * position on the tape it was computed on); quantities in millionths of a base unit, values in minor
 * units; {@code adjustment} is the part's actual cost minus its provisional cost.
 */
public record SettlementPart(long holeMovement, int holePosition, long quantity, long provisional, long adjustment) {

    public SettlementPart at(int position) {
        return new SettlementPart(holeMovement, position, quantity, provisional, adjustment);
    }
}
