package io.xinling.application.accounting.port;

import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.accounting.VoucherOrigin;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.kernel.TenantId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Vouchers and their lines. Numbers come from an atomic per-(tenant, period, word) counter. */
public interface VoucherRepository {

    List<VoucherId> newIds(int count);

    /** Reserves {@code count} consecutive numbers atomically; returns the first. */
    int reserveNumbers(TenantId tenant, YearMonth period, VoucherWord word, int count);

    /** A block of {@code count} numbers of one period and word. */
    record NumberBlock(YearMonth period, VoucherWord word, int count) {
    }

    /** Reserves each block ((period, word) distinct) as {@link #reserveNumbers} does; returns their first numbers in order. */
    default List<Integer> reserveNumbers(TenantId tenant, List<NumberBlock> blocks) {
        return blocks.stream().map(b -> reserveNumbers(tenant, b.period(), b.word(), b.count())).toList();
    }

    /** {@link #reserveNumbers} for {@code blocks} and {@link #newIds} for {@code ids} vouchers, together. */
    default Reserved reserve(TenantId tenant, List<NumberBlock> blocks, int ids) {
        return new Reserved(reserveNumbers(tenant, blocks), newIds(ids));
    }

    /** What {@link #reserve} took: the first number of each block, in order, and the new ids. */
    record Reserved(List<Integer> firsts, List<VoucherId> ids) {
    }

    /** Gives the number back when it was the last one handed out (so close → reopen → close reuses it). */
    void releaseNumber(TenantId tenant, YearMonth period, VoucherWord word, int number);

    void insert(TenantId tenant, List<Voucher> vouchers);

    Optional<Voucher> find(TenantId tenant, VoucherId id);

    /** Locks the voucher row till commit. */
    Optional<Voucher> lock(TenantId tenant, VoucherId id);

    /**
     * Locks the rows of these vouchers till commit, in id order (so transactions locking overlapping sets never deadlock);
     * returns those that exist, in id order.
     */
    List<Voucher> lockAll(TenantId tenant, List<VoucherId> ids);

    /** Replaces status, reviewer, number, date, attachments and lines. */
    void update(TenantId tenant, Voucher voucher);

    /** Stores the new status and reviewer of each voucher, whose lines are unchanged (posting). */
    default void updateStatuses(TenantId tenant, List<Voucher> changed) {
        changed.forEach(v -> update(tenant, v));
    }

    void delete(TenantId tenant, VoucherId id);

    List<Voucher> list(TenantId tenant, LocalDate from, LocalDate to);

    Optional<VoucherId> reversalOf(TenantId tenant, VoucherId original);

    /** Existing vouchers by generation key ({@link io.xinling.domain.accounting.Provenance#generationKey()}). */
    List<Voucher> findGenerated(TenantId tenant, Set<String> generationKeys);

    int countDrafts(TenantId tenant, LocalDate through);

    /** Numbers missing from 1..max per word in the period. */
    List<String> numberGaps(TenantId tenant, YearMonth period);

    boolean hasLines(TenantId tenant, AccountCode account);

    /** Vouchers of one origin dated in {@code [from, to]} (to leave carry-forwards out of the income statement). */
    List<Voucher> listByOrigin(TenantId tenant, LocalDate from, LocalDate to, VoucherOrigin origin);

    /** Sets numbers (unique per period and word at commit) and the next number of each word's counter. */
    void renumber(TenantId tenant, YearMonth period, Map<VoucherId, Integer> numbers, Map<VoucherWord, Integer> next);
}
