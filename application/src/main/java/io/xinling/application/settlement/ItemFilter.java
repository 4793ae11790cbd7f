package io.xinling.application.settlement;

import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.settlement.Ledger;

import java.util.Optional;

/** Which items to list: by partner and ledger, only those still open, one page at a time (by id). */
public record ItemFilter(Optional<PartnerId> partner, Optional<Ledger> ledger, boolean openOnly, int limit, int offset) {
}
