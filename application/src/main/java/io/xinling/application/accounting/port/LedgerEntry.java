package io.xinling.application.accounting.port;

import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherWord;

import java.time.LocalDate;

/** A posted line as the detail ledger (明细账) shows it. */
public record LedgerEntry(LocalDate date, long voucherId, VoucherWord word, int number, VoucherLine line) {
}
