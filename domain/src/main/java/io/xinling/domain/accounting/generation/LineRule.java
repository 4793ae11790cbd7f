package io.xinling.domain.accounting.generation;

import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.Direction;

import java.util.Objects;

/**
 * One line rule of a template (3.4): the side, the account, the amount expression, red ink (the amount
 * negated on the same side, 3.4 item 7) and whether the line carries the partner's dimension (customer or
 * supplier). A {@link PostingAmount#STOCK} line carries the stock value's item, warehouse and branch.
 */
public record LineRule(Direction side, AccountCode account, PostingAmount amount, boolean red, boolean partner) {

    public LineRule {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(amount, "amount");
    }

    public static LineRule debit(String account, PostingAmount amount) {
        return new LineRule(Direction.DEBIT, AccountCode.of(account), amount, false, false);
    }

    public static LineRule credit(String account, PostingAmount amount) {
        return new LineRule(Direction.CREDIT, AccountCode.of(account), amount, false, false);
    }

    public LineRule inRed() {
        return new LineRule(side, account, amount, true, partner);
    }

    public LineRule withPartner() {
        return new LineRule(side, account, amount, red, true);
    }
}
