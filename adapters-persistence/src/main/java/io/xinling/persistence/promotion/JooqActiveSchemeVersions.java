package io.xinling.persistence.promotion;

import io.xinling.application.promotion.port.ActiveSchemeVersions;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.lifecycle.SchemeStatus;
import org.jooq.DSLContext;

import java.util.List;

import static io.xinling.persistence.jooq.Tables.PROMOTION_SCHEMES;

/** The tenant's active scheme versions (id, version, updated at) read without their definitions. */
public final class JooqActiveSchemeVersions implements ActiveSchemeVersions {

    private final DSLContext dsl;

    public JooqActiveSchemeVersions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<SchemeVersion> activeVersions(TenantId tenant) {
        return dsl.select(PROMOTION_SCHEMES.SCHEME_ID, PROMOTION_SCHEMES.VERSION, PROMOTION_SCHEMES.UPDATED_AT)
                .from(PROMOTION_SCHEMES)
                .where(PROMOTION_SCHEMES.TENANT_ID.eq(tenant.value())
                        .and(PROMOTION_SCHEMES.STATUS.eq(SchemeStatus.ACTIVE.name())))
                .fetch(r -> new SchemeVersion(r.value1(), r.value2(), r.value3().toInstant()));
    }
}
