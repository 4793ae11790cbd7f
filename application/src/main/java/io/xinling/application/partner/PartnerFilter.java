package io.xinling.application.partner;

import io.xinling.domain.partner.PartnerRole;

import java.util.Optional;

/** Which partners to list: by role and by a text contained in code or name, one page at a time. */
public record PartnerFilter(Optional<PartnerRole> role, Optional<String> text, int limit, int offset) {
}
