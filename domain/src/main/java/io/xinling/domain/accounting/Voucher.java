package io.xinling.domain.accounting;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.UserId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A 记账凭证 as stored: word and number within its period, date, lines, workflow and provenance. */
public record Voucher(VoucherId id, VoucherWord word, int number, LocalDate date, int attachments,
                      VoucherStatus status, VoucherOrigin origin, UserId preparer, Optional<UserId> reviewer,
                      List<VoucherLine> lines, Optional<VoucherId> reversalOf, Optional<Provenance> provenance)
        implements LedgerPosting {

    public Voucher {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(preparer, "preparer");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(reversalOf, "reversalOf");
        Objects.requireNonNull(provenance, "provenance");
        lines = List.copyOf(lines);
        if (lines.isEmpty() || number <= 0 || attachments < 0) {
            throw new IllegalArgumentException("a voucher has lines, a positive number and attachments ≥ 0");
        }
    }

    @Override
    public YearMonth period() {
        return YearMonth.from(date);
    }

    public Money debitTotal() {
        return lines.stream().map(VoucherLine::debit).reduce(Money::plus).orElseThrow();
    }

    public Money creditTotal() {
        return lines.stream().map(VoucherLine::credit).reduce(Money::plus).orElseThrow();
    }

    public String display() {
        return word.label() + "-" + number;
    }

    public Voucher withStatus(VoucherStatus newStatus, Optional<UserId> newReviewer) {
        return new Voucher(id, word, number, date, attachments, newStatus, origin, preparer, newReviewer, lines,
                reversalOf, provenance);
    }

    public Voucher withNumber(int newNumber) {
        return new Voucher(id, word, newNumber, date, attachments, status, origin, preparer, reviewer, lines,
                reversalOf, provenance);
    }

    public Voucher withContent(LocalDate newDate, int newAttachments, List<VoucherLine> newLines) {
        return new Voucher(id, word, number, newDate, newAttachments, status, origin, preparer, reviewer, newLines,
                reversalOf, provenance);
    }
}
