package io.xinling.domain.accounting;

import java.util.Objects;

/**
 * Where a generated voucher comes from (3.1, 3.4). {@code (sourceType, sourceId, sourceVersion,
 * costVersion, templateVersion)} is the generation key: generating again with it returns the same voucher.
 * {@code contentHash} is the hash of the canonical line list, stored to detect silent divergence.
 */
public record Provenance(String sourceType, String sourceId, long sourceVersion, String templateId,
                         long templateVersion, long costVersion, String contentHash) {

    public Provenance {
        Objects.requireNonNull(sourceType, "sourceType");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** The same provenance describing other lines. */
    public Provenance withContentHash(String hash) {
        return new Provenance(sourceType, sourceId, sourceVersion, templateId, templateVersion, costVersion, hash);
    }

    public String generationKey() {
        return sourceType + "|" + sourceId + "|" + sourceVersion + "|" + costVersion + "|" + templateVersion;
    }
}
