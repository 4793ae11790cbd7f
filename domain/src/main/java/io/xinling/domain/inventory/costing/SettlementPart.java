package io.xinling.domain.inventory.costing;

/**
 * One hole entry (or part of one) settled by an inbound while the key was negative (spec 2.6):
 * {@code holePosition} is the tape position of the outbound that created the hole; quantities in
 * millionths of a base unit, values in minor units. {@code adjustment} is actual − provisional.
 */
public record SettlementPart(int holePosition, long quantity, long provisional, long adjustment) {
}
