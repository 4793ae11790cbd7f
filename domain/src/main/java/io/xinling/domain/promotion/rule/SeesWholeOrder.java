package io.xinling.domain.promotion.rule;

/** Marks a rule that works on every line with a payable, whatever its scope or flags (抹零). */
public interface SeesWholeOrder {
}
