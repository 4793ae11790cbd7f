package io.xinling.persistence.promotion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xinling.application.promotion.StoredScheme;
import io.xinling.application.promotion.port.SchemeRepository;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.lifecycle.SchemeStatus;
import io.xinling.persistence.jooq.tables.records.PromotionSchemesRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.xinling.persistence.jooq.Tables.PROMOTION_SCHEMES;
import static io.xinling.persistence.promotion.JooqCouponRepository.utc;

public final class JooqSchemeRepository implements SchemeRepository {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final DSLContext dsl;

    public JooqSchemeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean insert(TenantId tenant, StoredScheme s) {
        return dsl.insertInto(PROMOTION_SCHEMES)
                .set(PROMOTION_SCHEMES.TENANT_ID, tenant.value())
                .set(PROMOTION_SCHEMES.SCHEME_ID, s.schemeId())
                .set(PROMOTION_SCHEMES.VERSION, s.version())
                .set(PROMOTION_SCHEMES.RULE_TYPE, s.type())
                .set(PROMOTION_SCHEMES.DEFINITION, json(s.definition()))
                .set(PROMOTION_SCHEMES.STATUS, s.status().name())
                .set(PROMOTION_SCHEMES.UPDATED_AT, utc(s.updatedAt()))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public void update(TenantId tenant, StoredScheme s) {
        dsl.update(PROMOTION_SCHEMES)
                .set(PROMOTION_SCHEMES.DEFINITION, json(s.definition()))
                .set(PROMOTION_SCHEMES.STATUS, s.status().name())
                .set(PROMOTION_SCHEMES.UPDATED_AT, utc(s.updatedAt()))
                .where(key(tenant, s.schemeId()).and(PROMOTION_SCHEMES.VERSION.eq(s.version())))
                .execute();
    }

    @Override
    public Optional<StoredScheme> lockLatest(TenantId tenant, String schemeId) {
        return dsl.selectFrom(PROMOTION_SCHEMES).where(key(tenant, schemeId))
                .orderBy(PROMOTION_SCHEMES.VERSION.desc()).limit(1).forUpdate()
                .fetchOptional().map(JooqSchemeRepository::toScheme);
    }

    @Override
    public Optional<StoredScheme> version(TenantId tenant, String schemeId, int version) {
        return dsl.selectFrom(PROMOTION_SCHEMES).where(key(tenant, schemeId), PROMOTION_SCHEMES.VERSION.eq(version))
                .fetchOptional().map(JooqSchemeRepository::toScheme);
    }

    @Override
    public Optional<StoredScheme> latest(TenantId tenant, String schemeId) {
        return dsl.selectFrom(PROMOTION_SCHEMES).where(key(tenant, schemeId))
                .orderBy(PROMOTION_SCHEMES.VERSION.desc()).limit(1)
                .fetchOptional().map(JooqSchemeRepository::toScheme);
    }

    @Override
    public List<StoredScheme> latestOf(TenantId tenant, Collection<String> schemeIds) {
        if (schemeIds.isEmpty()) {
            return List.of();
        }
        return dsl.selectDistinct(PROMOTION_SCHEMES.asterisk()).on(PROMOTION_SCHEMES.SCHEME_ID).from(PROMOTION_SCHEMES)
                .where(PROMOTION_SCHEMES.TENANT_ID.eq(tenant.value()).and(PROMOTION_SCHEMES.SCHEME_ID.in(schemeIds)))
                .orderBy(PROMOTION_SCHEMES.SCHEME_ID, PROMOTION_SCHEMES.VERSION.desc())
                .fetch(r -> toScheme(r.into(PROMOTION_SCHEMES)));
    }

    @Override
    public List<StoredScheme> inStatus(TenantId tenant, SchemeStatus status) {
        return dsl.selectFrom(PROMOTION_SCHEMES)
                .where(PROMOTION_SCHEMES.TENANT_ID.eq(tenant.value()).and(PROMOTION_SCHEMES.STATUS.eq(status.name())))
                .orderBy(PROMOTION_SCHEMES.SCHEME_ID, PROMOTION_SCHEMES.VERSION)
                .fetch(JooqSchemeRepository::toScheme);
    }

    private static Condition key(TenantId tenant, String schemeId) {
        return PROMOTION_SCHEMES.TENANT_ID.eq(tenant.value()).and(PROMOTION_SCHEMES.SCHEME_ID.eq(schemeId));
    }

    private static StoredScheme toScheme(PromotionSchemesRecord r) {
        try {
            return new StoredScheme(r.getSchemeId(), r.getVersion(), r.getRuleType(), JSON.readValue(r.getDefinition().data(), MAP),
                    SchemeStatus.valueOf(r.getStatus()), r.getUpdatedAt().toInstant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable scheme definition " + r.getSchemeId(), e);
        }
    }

    private static JSONB json(Map<String, Object> definition) {
        try {
            return JSONB.valueOf(JSON.writeValueAsString(definition));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("scheme definition is not JSON", e);
        }
    }
}
