package io.xinling.application.accounting.port;

import io.xinling.domain.kernel.TenantId;

import java.time.LocalDate;
import java.util.List;

/** The business documents a close waits for (5.1 step 1): those still in draft with a date on or before a day. */
public interface DraftDocuments {

    /** Each as "sales-delivery XSCK-202611-0001 (2026-11-05)", plus a line for how many more when there are many. */
    List<String> drafts(TenantId tenant, LocalDate through);

    /**
     * The estimated purchase receipts (暂估入库) dated on or before {@code through} that no supplier invoice settles yet,
     * each as "purchase-receipt CGRK-202611-0001 (2026-11-05)": the close warns of them, it does not wait (5.1).
     */
    default List<String> openEstimates(TenantId tenant, LocalDate through) {
        return List.of();
    }
}
