package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.application.accounting.port.LedgerEntry;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.TrialBalance;
import io.xinling.domain.accounting.report.ReportRow;
import io.xinling.domain.accounting.report.VatReturn;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The books read: trial balance, ledgers, the two small-enterprise statements, the journal as ledger-cli text. */
public interface LedgerQuery {

    /** Dates inclusive; {@code dimensions} filters by dimension values (wire names). */
    Either<AccountingError, TrialBalance> trialBalance(TenantId tenant, LocalDate from, LocalDate to, Map<String, String> dimensions);

    /** 总账: the trial balance of each month in the range. */
    Either<AccountingError, List<MonthlyBalance>> generalLedger(TenantId tenant, YearMonth from, YearMonth to);

    /** 明细账: opening, every posted line on the account (and its sub-accounts) with a running balance, closing. */
    Either<AccountingError, DetailLedger> detailLedger(TenantId tenant, String account, LocalDate from, LocalDate to,
                                                      Map<String, String> dimensions);

    /** 资产负债表 at the end of {@code period} with the year-opening column. */
    List<StatementRow> balanceSheet(TenantId tenant, YearMonth period);

    /** 利润表 for {@code period}, with year-to-date; carry-forward vouchers left out. */
    List<StatementRow> incomeStatement(TenantId tenant, YearMonth period);

    /**
     * 现金流量表 over {@code [from, to]} with a year-to-date column (1 January of {@code to}'s year, or {@code from}
     * when earlier, to {@code to}), and the cash accounts' balances read from the ledger to check line 20 (I-23).
     */
    Either<AccountingError, CashFlowStatement> cashFlow(TenantId tenant, LocalDate from, LocalDate to);

    /** The statement rows; opening and closing cash as the ledger has them; {@code ties}: lines 20 and 22 agree. */
    record CashFlowStatement(List<StatementRow> rows, Money openingCash, Money closingCash, boolean ties) {
    }

    /** 增值税申报表 main figures of {@code period} from the ledger, for the books' taxpayer kind (5.4). */
    VatReturn vatReturn(TenantId tenant, YearMonth period);

    /** Posted vouchers dated in the range as an hledger / ledger-cli journal. */
    String journal(TenantId tenant, LocalDate from, LocalDate to);

    record MonthlyBalance(YearMonth period, TrialBalance trialBalance) {
    }

    record DetailLedger(String account, Money opening, List<Entry> entries, Money closing) {
    }

    record Entry(LedgerEntry entry, Money balance) {
    }

    record StatementRow(int line, String caption, Money amount, Money comparative) {
        static StatementRow of(ReportRow current, ReportRow comparative) {
            return new StatementRow(current.line(), current.caption(), current.amount(), comparative.amount());
        }
    }
}
