package io.xinling.domain.accounting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The gates of the close checklist (5.1). Each must pass or, where the spec allows, be explicitly waived with a reason
 * and the user recorded. Not waivable: the reconciliations and the trial balance (step 5: "hard failures"), and vouchers
 * still pending generation (step 3: once the period is closed they could never be generated into it, and the books would
 * lack what the documents moved).
 */
public enum CloseGate {

    /** Step 1: business documents in draft dated on or before the period end. */
    BUSINESS_DRAFTS("business-drafts", true),
    /** Step 7: unaudited (draft) vouchers block, "configurable". */
    UNPOSTED_VOUCHERS("unposted-vouchers", true),
    /** Step 3: documents whose vouchers batch mode has not generated yet. */
    PENDING_GENERATION("pending-generation", false),
    /** Step 5: the trial balance balances (I-2). */
    TRIAL_BALANCE("trial-balance", false),
    /** Step 5: subledgers equal the GL (I-4, I-15). */
    RECONCILIATION("reconciliation", false),
    /** Step 8, year-end only: 1901 待处理财产损溢 is zero. */
    YEAR_END_PENDING_LOSSES("year-end-pending-losses", true);

    private final String wireName;
    private final boolean waivable;

    CloseGate(String wireName, boolean waivable) {
        this.wireName = wireName;
        this.waivable = waivable;
    }

    public String wireName() {
        return wireName;
    }

    public boolean waivable() {
        return waivable;
    }

    public static Optional<CloseGate> fromWire(String name) {
        return Arrays.stream(values()).filter(g -> g.wireName.equals(name)).findFirst();
    }
}
