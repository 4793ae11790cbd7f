package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.application.accounting.port.GenerationRepository;
import io.xinling.application.accounting.port.LedgerRepository;
import io.xinling.application.accounting.port.VoucherRepository;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.BalanceRow;
import io.xinling.domain.accounting.CloseGate;
import io.xinling.domain.accounting.CloseWaiver;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.PeriodEnd;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The close checklist (5.1): every gate's findings, and which of them the close's waivers let through. */
final class CloseChecklist {

    private final CloseGates gates;
    private final VoucherRepository vouchers;
    private final LedgerRepository ledger;
    private final GenerationRepository generation;

    CloseChecklist(CloseGates gates, VoucherRepository vouchers, LedgerRepository ledger, GenerationRepository generation) {
        this.gates = gates;
        this.vouchers = vouchers;
        this.ledger = ledger;
        this.generation = generation;
    }

    /** What the checklist let through: its warnings and the waivers it applied, each with what its gate found. */
    record Checked(List<String> warnings, List<CloseWaiver> waived) {
    }

    /**
     * 5.1 checklist: no business document in draft (step 1), no unposted or pending voucher, the subledgers reconciled
     * and the trial balance balanced (step 5), 1901 at zero at year-end; number gaps only warn ({@link #numberGaps}). A gate that finds
     * something blocks unless waived; every blocking finding names its gate, so the caller knows what a waiver names.
     */
    Either<AccountingError, Checked> check(TenantId tenant, YearMonth period, List<CloseWaiver> waivers) {
        Map<CloseGate, List<String>> found = findings(tenant, period);
        Map<CloseGate, CloseWaiver> byGate = new EnumMap<>(CloseGate.class);
        waivers.forEach(w -> byGate.put(w.gate(), w));
        List<String> reasons = new ArrayList<>();
        List<CloseWaiver> waived = new ArrayList<>();
        found.forEach((gate, findings) -> {
            CloseWaiver waiver = byGate.get(gate);
            if (waiver != null) {
                waived.add(waiver.applied(findings));
            } else {
                findings.forEach(f -> reasons.add("[" + gate.wireName() + "] " + f));
            }
        });
        if (!reasons.isEmpty()) {
            return Either.left(new AccountingError.CloseBlocked(period, reasons));
        }
        List<String> warnings = new ArrayList<>();
        byGate.keySet().stream().filter(gate -> !found.containsKey(gate))
                .forEach(gate -> warnings.add("waiver of " + gate.wireName() + " not needed: the gate passed"));
        return Either.right(new Checked(warnings, waived));
    }

    /**
     * Step 7: the period's voucher number gaps, read once the close has numbered its own vouchers, as a number a
     * deleted draft left after the last voucher only becomes a gap when the close's vouchers are numbered after it.
     */
    List<String> numberGaps(TenantId tenant, YearMonth period) {
        return vouchers.numberGaps(tenant, period).stream().map(gap -> "voucher number gap: " + gap).toList();
    }

    /** Open estimates (receipts that wait for their supplier invoice): a warning, never a gate. */
    List<String> openEstimates(TenantId tenant, YearMonth period) {
        return gates.openEstimates(tenant, period);
    }

    /** The findings of each gate that does not pass, in checklist order. */
    private Map<CloseGate, List<String>> findings(TenantId tenant, YearMonth period) {
        Map<CloseGate, List<String>> found = new EnumMap<>(CloseGate.class);
        found.put(CloseGate.BUSINESS_DRAFTS, gates.drafts(tenant, period));
        int drafts = vouchers.countDrafts(tenant, period.atEndOfMonth());
        found.put(CloseGate.UNPOSTED_VOUCHERS, drafts == 0 ? List.of()
                : List.of(drafts + " unposted voucher(s) dated on or before " + period.atEndOfMonth()));
        int pending = generation.countPending(tenant, period.atEndOfMonth());
        found.put(CloseGate.PENDING_GENERATION, pending == 0 ? List.of()
                : List.of(pending + " voucher(s) pending generation dated on or before " + period.atEndOfMonth()));
        List<BalanceRow> totals = ledger.turnover(tenant, null, period.atEndOfMonth(), DimensionValues.NONE, false);
        Money debit = totals.stream().map(BalanceRow::debit).reduce(Money.cny(0), Money::plus);
        Money credit = totals.stream().map(BalanceRow::credit).reduce(Money.cny(0), Money::plus);
        found.put(CloseGate.TRIAL_BALANCE, debit.equals(credit) ? List.of()
                : List.of("the trial balance does not balance: " + debit.format() + " ≠ " + credit.format()));
        found.put(CloseGate.RECONCILIATION, gates.reconciliation(tenant, period.atEndOfMonth()));
        Money losses = period.getMonth() == Month.DECEMBER ? PeriodEnd.pendingLosses(totals) : Money.cny(0);
        found.put(CloseGate.YEAR_END_PENDING_LOSSES, losses.isZero() ? List.of()
                : List.of("year-end: 1901 待处理财产损溢 must be zero and holds " + losses.format()
                + " (approve the stocktake gains and losses first)"));
        found.values().removeIf(List::isEmpty);
        return found;
    }
}
