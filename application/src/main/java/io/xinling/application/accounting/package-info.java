/**
 * Accounting use cases. Build them with {@link io.xinling.application.accounting.AccountingServices}.
 *
 * <p><b>For other contexts.</b>
 * <ul>
 *   <li>{@link io.xinling.application.accounting.PeriodGuard#requireOpen} before dating anything (inventory and
 *       trading documents): {@code accounting.period-closed} when the date's month is closed. Call it inside your
 *       own transaction: it holds a shared lock on the tenant's books till commit, so a concurrent close waits.</li>
 *   <li>{@link io.xinling.application.accounting.PostGeneratedVouchersUseCase}: batch posting for voucher
 *       generation, idempotent per generation key {@code (sourceType, sourceId, sourceVersion, costVersion,
 *       templateVersion)}; all or nothing; numbers reserved in one block per (period, word).</li>
 * </ul>
 *
 * <p><b>Decisions.</b> Books are seeded with the 小企业会计准则 chart on first use by any accounting call (no coupling
 * of tenant creation to accounting; tenants created earlier get theirs too). Manual vouchers are entered as drafts
 * and posted by a reviewer other than the preparer unless the books allow self-review; a posted voucher is
 * corrected only by a red-ink reversal, itself a draft to review. Posting updates balance rows per (period, leaf
 * account, dimension tuple) in the same transaction; reports read those rows, and lines only for partial months.
 * Closing a period requires the previous one closed (the first close may be any month: everything before it
 * counts as closed); reopening restores the state before that close and deletes its carry-forward voucher,
 * giving its number back when it was the last one, so close → reopen → close reproduces number and content (I-25).
 */
package io.xinling.application.accounting;
