package io.xinling.application.accounting.port;

import io.xinling.domain.kernel.TenantId;

import java.time.LocalDate;
import java.util.List;

/** The business documents a close waits for (5.1 step 1): those still in draft with a date on or before a day. */
public interface DraftDocuments {

    /** Each as "sales-delivery XSCK-202611-0001 (2026-11-05)", plus a line for how many more when there are many. */
    List<String> drafts(TenantId tenant, LocalDate through);
}
