package io.xinling.domain.accounting.report;

import io.xinling.domain.kernel.Money;

/** One computed line of a report. */
public record ReportRow(int line, String caption, Money amount) {
}
