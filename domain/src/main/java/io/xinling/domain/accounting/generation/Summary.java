package io.xinling.domain.accounting.generation;

import io.xinling.domain.accounting.VoucherLine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** 汇总生成 (3.4 item 6): many generated vouchers of one document type and day as one, lines merged. */
public final class Summary {

    private Summary() {
    }

    /** The lines of all members under one 摘要, merged per side, account, dimensions and sign; zero lines dropped. */
    public static List<VoucherLine> merge(String text, List<VoucherLine> lines) {
        return LineMerger.merge(lines.stream()
                .map(l -> new VoucherLine(text, l.account(), l.dimensions(), l.debit(), l.credit())).toList());
    }

    /** A hash of the members' generation keys (sorted by the caller): the summary's idempotency key. */
    public static String key(List<String> members) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", members).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
