package io.xinling.application.accounting.port;

import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.BalanceRow;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.LedgerPosting;
import io.xinling.domain.kernel.TenantId;

import java.time.LocalDate;
import java.util.List;

/**
 * The balance rows per (tenant, period, leaf account, dimension tuple), kept in the same transaction as
 * posting, so reports read balances rather than lines. They can always be rebuilt from the lines.
 */
public interface LedgerRepository {

    /** Adds the lines of posted vouchers to the balances ({@code sign} −1 takes them out). */
    void apply(TenantId tenant, List<? extends LedgerPosting> postings, int sign);

    /**
     * Turnover per leaf account over {@code [from, to]} (either may be null: unbounded) of the posted lines
     * matching {@code filter}; with {@code detail}, also one row per account and dimension tuple.
     */
    List<BalanceRow> turnover(TenantId tenant, LocalDate from, LocalDate to, DimensionValues filter, boolean detail);

    /** Per (account, dimension tuple, currency): the original-currency net and the CNY net of posted foreign lines through {@code through}. */
    List<io.xinling.domain.accounting.ForeignBalance> foreignBalances(TenantId tenant, LocalDate through);

    /** The same totals recomputed from the voucher lines (the rebuild check). */
    List<BalanceRow> turnoverFromLines(TenantId tenant, LocalDate from, LocalDate to);

    /** Posted lines on {@code account} or below, dated in {@code [from, to]}, matching {@code filter}, in ledger order. */
    List<LedgerEntry> entries(TenantId tenant, AccountCode account, LocalDate from, LocalDate to, DimensionValues filter);
}
