package io.xinling.persistence.promotion;

import io.xinling.application.promotion.port.ActiveSchemeVersions;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.lifecycle.SchemeStatus;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.List;

import static io.xinling.persistence.jooq.Tables.PROMOTION_CAMPAIGNS;
import static io.xinling.persistence.jooq.Tables.PROMOTION_CAMPAIGN_SCHEMES;
import static io.xinling.persistence.jooq.Tables.PROMOTION_SCHEMES;

/** The tenant's active scheme versions (id, version, last change) read without their definitions. */
public final class JooqActiveSchemeVersions implements ActiveSchemeVersions {

    private final DSLContext dsl;

    public JooqActiveSchemeVersions(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A scheme in a campaign reports the later of its own and its campaign's change times (the campaign bounds it). */
    @Override
    public List<SchemeVersion> activeVersions(TenantId tenant) {
        var changed = DSL.greatest(PROMOTION_SCHEMES.UPDATED_AT, PROMOTION_CAMPAIGNS.UPDATED_AT);
        return dsl.select(PROMOTION_SCHEMES.SCHEME_ID, PROMOTION_SCHEMES.VERSION, changed)
                .from(PROMOTION_SCHEMES)
                .leftJoin(PROMOTION_CAMPAIGN_SCHEMES).on(PROMOTION_CAMPAIGN_SCHEMES.TENANT_ID.eq(PROMOTION_SCHEMES.TENANT_ID)
                        .and(PROMOTION_CAMPAIGN_SCHEMES.SCHEME_ID.eq(PROMOTION_SCHEMES.SCHEME_ID)))
                .leftJoin(PROMOTION_CAMPAIGNS).on(PROMOTION_CAMPAIGNS.TENANT_ID.eq(PROMOTION_CAMPAIGN_SCHEMES.TENANT_ID)
                        .and(PROMOTION_CAMPAIGNS.CAMPAIGN_ID.eq(PROMOTION_CAMPAIGN_SCHEMES.CAMPAIGN_ID)))
                .where(PROMOTION_SCHEMES.TENANT_ID.eq(tenant.value())
                        .and(PROMOTION_SCHEMES.STATUS.eq(SchemeStatus.ACTIVE.name())))
                .fetch(r -> new SchemeVersion(r.value1(), r.value2(), r.value3().toInstant()));
    }
}
