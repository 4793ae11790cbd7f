package io.xinling.application.accounting;

import java.util.List;

/** One step of a generated history of the books. */
public sealed interface Op {

    /** A line: the account's index in {@link AccountingArbitraries#ACCOUNTS}, a signed amount in fen (debit if positive side). */
    record GenLine(int account, boolean debit, long minor, int dimension) {
    }

    record Enter(int day, String word, List<GenLine> lines) implements Op {
    }

    record Post(int pick, boolean selfReview) implements Op {
    }

    record Reverse(int pick, int day) implements Op {
    }

    record Delete(int pick) implements Op {
    }

    record Renumber(int month) implements Op {
    }

    record Close() implements Op {
    }

    record Reopen() implements Op {
    }
}
