package io.xinling.domain.promotion.rule;

/** Some units of one line inside a deal, at the line's reference unit price. */
public record Piece(int index, long unitPrice, long units) {

    public long amount() {
        return unitPrice * units;
    }
}
