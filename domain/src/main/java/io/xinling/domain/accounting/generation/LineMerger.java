package io.xinling.domain.accounting.generation;

import io.xinling.domain.accounting.VoucherLine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 合并同类分录 (3.4 item 2): lines of equal side, account, dimensions and sign become one; zero lines are dropped. */
final class LineMerger {

    private LineMerger() {
    }

    static List<VoucherLine> merge(List<VoucherLine> lines) {
        Map<String, VoucherLine> merged = new LinkedHashMap<>();
        for (VoucherLine line : lines) {
            String key = (line.isDebit() ? "D" : "C") + "|" + line.account().value() + "|" + line.dimensions().key()
                    + "|" + line.signed().isNegative();
            merged.merge(key, line, (a, b) -> new VoucherLine(a.summary(), a.account(), a.dimensions(),
                    a.debit().plus(b.debit()), a.credit().plus(b.credit())));
        }
        List<VoucherLine> out = new ArrayList<>();
        merged.values().stream().filter(l -> !l.debit().isZero() || !l.credit().isZero()).forEach(out::add);
        return out;
    }
}
