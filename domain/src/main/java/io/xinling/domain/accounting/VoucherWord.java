package io.xinling.domain.accounting;

import java.util.Arrays;
import java.util.Optional;

/** 凭证字: 记 by default; 收, 付 and 转 when a tenant keeps them apart. */
public enum VoucherWord {
    JI("记"), SHOU("收"), FU("付"), ZHUAN("转");

    private final String label;

    VoucherWord(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<VoucherWord> fromLabel(String label) {
        return Arrays.stream(values()).filter(w -> w.label.equals(label)).findFirst();
    }
}
