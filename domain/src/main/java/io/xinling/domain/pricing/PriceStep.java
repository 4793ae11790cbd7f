package io.xinling.domain.pricing;

import java.util.Optional;

/** One line of a price lookup's explanation: a kind of list tried, maybe one list, and what came of it. */
public record PriceStep(PriceListKind kind, Optional<PriceListId> list, String outcome) {
}
