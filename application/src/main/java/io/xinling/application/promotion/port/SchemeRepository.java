package io.xinling.application.promotion.port;

import io.xinling.application.promotion.StoredScheme;
import io.xinling.domain.kernel.TenantId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Scheme versions; the latest version of a scheme is the one with the highest number. */
public interface SchemeRepository {

    /** Inserts a version; false when that scheme id and version exist already. */
    boolean insert(TenantId tenant, StoredScheme scheme);

    void update(TenantId tenant, StoredScheme scheme);

    /** The latest version, locked for update until the transaction ends. */
    Optional<StoredScheme> lockLatest(TenantId tenant, String schemeId);

    Optional<StoredScheme> latest(TenantId tenant, String schemeId);

    /** One version of a scheme (a past order's, spec 3.1). */
    Optional<StoredScheme> version(TenantId tenant, String schemeId, int version);

    /** The latest version of each of the given schemes that exists, in one read, by scheme id. */
    List<StoredScheme> latestOf(TenantId tenant, Collection<String> schemeIds);

    /** Versions in the given status, any scheme. */
    List<StoredScheme> inStatus(TenantId tenant, io.xinling.domain.promotion.lifecycle.SchemeStatus status);
}
