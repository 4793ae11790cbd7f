/**
 * The pure moving-average costing engine on a compact, column-wise
 * {@link io.xinling.domain.inventory.costing.CostingTape} (quantities in millionths of a base unit, values
 * in minor units, no allocation per movement on the common path).
 * {@link io.xinling.domain.inventory.costing.Recoster#replayAll} is the full replay;
 * {@link io.xinling.domain.inventory.costing.Recoster#recost} the affected-closure re-cost, proved equal by
 * the property suite. {@link io.xinling.domain.inventory.costing.RecostWorkload} builds the deterministic
 * 1,000,000-movement workload for the {@code recost-memory} benchmark.
 */
package io.xinling.domain.inventory.costing;
