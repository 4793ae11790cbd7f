package io.xinling.domain.inventory.costing;

/**
 * Where a leg of a scope switch stands among its document's legs (spec 2.1): for an opening leg, the first
 * leg leaving its old key (the old key's state just before it is what is shared out), the earlier opening legs
 * of the same old key (what they took), whether it is the old key's last (it takes the remainder) and whether
 * it is the last opening its new key (it settles a residual and records a negative opening as a hole).
 * The last opening also knows all the openings of its new key. For a leaving leg, whether it is the old key's last (the key must then be empty).
 */
record SwitchLeg(int firstOut, int[] earlier, boolean lastOfOld, boolean lastOfNew, int[] intoNew) {
}
