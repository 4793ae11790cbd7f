package io.xinling.domain.accounting.generation;

import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.kernel.Money;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IV-2, a transfer between two branches of one account set: the branch that receives owes the one that
 * sends (Cr 224102 [sender]); the sender is owed (Dr 122102 [receiver]). Both net to zero on consolidation.
 */
final class InterBranch {

    static final AccountCode RECEIVABLE = AccountCode.of("122102");
    static final AccountCode PAYABLE = AccountCode.of("224102");

    private InterBranch() {
    }

    static List<VoucherLine> lines(String text, List<StockValue> values) {
        Map<String, Money> net = new LinkedHashMap<>();
        values.forEach(v -> net.merge(v.branch(), v.amount(), Money::plus));
        net.values().removeIf(Money::isZero);
        List<VoucherLine> out = new ArrayList<>();
        if (net.size() != 2) {
            return out;
        }
        List<String> branches = List.copyOf(net.keySet());
        for (int i = 0; i < 2; i++) {
            String other = branches.get(1 - i);
            Money n = net.get(branches.get(i));
            DimensionValues counterparty = DimensionValues.of(Dimension.BRANCH, other);
            out.add(n.isPositive() ? VoucherLine.credit(text, PAYABLE, counterparty, n)
                    : VoucherLine.debit(text, RECEIVABLE, counterparty, n.negate()));
        }
        return out;
    }
}
