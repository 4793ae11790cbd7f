package io.xinling.domain.accounting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** {@code contentHash} (3.4): SHA-256 of the canonical line list, one line per row, in voucher order. */
public final class VoucherHash {

    private VoucherHash() {
    }

    public static String of(List<VoucherLine> lines) {
        StringBuilder canonical = new StringBuilder();
        for (VoucherLine line : lines) {
            canonical.append(line.account().value()).append('|').append(line.dimensions().key()).append('|')
                    .append(line.debit().format()).append('|').append(line.credit().format()).append('|')
                    .append(line.summary()).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
