/**
 * The accounting core (小企业会计准则): chart, vouchers, periods, ledgers, statements. Pure rules only.
 *
 * <ul>
 *   <li>{@link io.xinling.domain.accounting.SmallEnterpriseChart}: the standard's codes (3.2) with the project
 *       default sub-accounts (VAT special columns 22210101…07, wallets, payroll, 内部往来) and the required
 *       dimensions of 3.3, as data. Sub-accounts inherit class, direction and required dimensions.</li>
 *   <li>{@link io.xinling.domain.accounting.Books}: periods are calendar months closed in order, so one
 *       watermark ({@code closedThrough}) says which are closed; {@code requireOpen} is I-20.</li>
 *   <li>{@link io.xinling.domain.accounting.VoucherRules}: leaf accounts, required dimensions (I-3), one non-zero
 *       side per line (red ink allowed), Σ debit = Σ credit ≠ 0 (I-1).</li>
 *   <li>{@link io.xinling.domain.accounting.CarryForward}: C-4 结转损益 from closing balances, per dimension tuple,
 *       contrary balances in red ink on the usual side, 3103 taking income and expense totals on two lines (E18).</li>
 *   <li>{@link io.xinling.domain.accounting.TrialBalance}: 科目余额表 with roll-up to every ancestor (I-2).</li>
 *   <li>{@link io.xinling.domain.accounting.report.SmallEnterpriseReports}: 资产负债表 and 利润表 with their line
 *       formulas as data ({@code "+1122>customer"}), evaluated over any {@code ReportData}.</li>
 *   <li>{@link io.xinling.domain.accounting.LedgerJournal}: the hledger / ledger-cli journal.</li>
 *   <li>{@link io.xinling.domain.accounting.Provenance}: what generation (3.4) will fill in: source, versions,
 *       template, cost version and the content hash ({@link io.xinling.domain.accounting.VoucherHash}).</li>
 * </ul>
 */
package io.xinling.domain.accounting;
