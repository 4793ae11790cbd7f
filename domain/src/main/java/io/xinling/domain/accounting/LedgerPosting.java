package io.xinling.domain.accounting;

import java.time.YearMonth;
import java.util.List;

/** What a posting adds to the balances: lines in one period. A stored voucher is one; so is a voucher still to be numbered. */
public interface LedgerPosting {

    YearMonth period();

    List<VoucherLine> lines();
}
