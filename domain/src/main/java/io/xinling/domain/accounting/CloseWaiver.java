package io.xinling.domain.accounting;

import io.vavr.control.Either;
import io.xinling.domain.kernel.UserId;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An explicit waiver of one close gate (5.1): which gate, why, and who waived it; recorded with the close together with
 * what the gate found ({@code findings}, empty until the close applies it).
 */
public record CloseWaiver(CloseGate gate, String reason, UserId by, List<String> findings) {

    public static final int MAX_REASON = 500;

    public CloseWaiver {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(by, "by");
        findings = List.copyOf(findings);
    }

    /** A waiver as asked for: a known, waivable gate, once, with a reason of 1 to 500 characters. */
    public static Either<AccountingError, CloseWaiver> of(int index, String gate, String reason, UserId by) {
        String field = "waivers[" + index + "]";
        if (gate == null) {
            return Either.left(new AccountingError.InvalidField(field + ".gate", "required"));
        }
        CloseGate known = CloseGate.fromWire(gate.strip()).orElse(null);
        if (known == null) {
            return Either.left(new AccountingError.InvalidField(field + ".gate", "no close gate " + gate));
        }
        if (!known.waivable()) {
            return Either.left(new AccountingError.GateNotWaivable(known));
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            return Either.left(new AccountingError.InvalidField(field + ".reason",
                    "a reason of 1 to " + MAX_REASON + " characters is required"));
        }
        return Either.right(new CloseWaiver(known, reason.strip(), by, List.of()));
    }

    /** Refuses a list that waives a gate the spec keeps blocking, or one gate twice. */
    public static Either<AccountingError, List<CloseWaiver>> distinct(List<CloseWaiver> waivers) {
        Set<CloseGate> seen = EnumSet.noneOf(CloseGate.class);
        for (int i = 0; i < waivers.size(); i++) {
            if (!waivers.get(i).gate().waivable()) {
                return Either.left(new AccountingError.GateNotWaivable(waivers.get(i).gate()));
            }
            if (!seen.add(waivers.get(i).gate())) {
                return Either.left(new AccountingError.InvalidField("waivers[" + i + "].gate",
                        waivers.get(i).gate().wireName() + " is waived twice"));
            }
        }
        return Either.right(List.copyOf(waivers));
    }

    public CloseWaiver applied(List<String> found) {
        return new CloseWaiver(gate, reason, by, found);
    }
}
