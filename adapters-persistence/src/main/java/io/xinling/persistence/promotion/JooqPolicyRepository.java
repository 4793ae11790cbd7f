package io.xinling.persistence.promotion;

import io.xinling.application.promotion.port.PolicyRepository;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.PromotionPolicy;
import io.xinling.domain.promotion.ReturnPolicy;
import io.xinling.domain.promotion.SelectionMode;
import io.xinling.domain.promotion.ThresholdBase;
import io.xinling.domain.promotion.UnitSelection;
import io.xinling.persistence.jooq.tables.records.PromotionPoliciesRecord;
import org.jooq.DSLContext;

import java.util.Optional;

import static io.xinling.persistence.jooq.Tables.PROMOTION_POLICIES;

public final class JooqPolicyRepository implements PolicyRepository {

    private final DSLContext dsl;

    public JooqPolicyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<PromotionPolicy> find(TenantId tenant) {
        return dsl.selectFrom(PROMOTION_POLICIES).where(PROMOTION_POLICIES.TENANT_ID.eq(tenant.value()))
                .fetchOptional().map(JooqPolicyRepository::toPolicy);
    }

    @Override
    public void save(TenantId tenant, PromotionPolicy p) {
        PromotionPoliciesRecord row = dsl.newRecord(PROMOTION_POLICIES);
        row.setTenantId(tenant.value());
        row.setSelection(p.selection().name());
        row.setThresholdBase(p.thresholdBase().name());
        row.setUnitSelection(p.unitSelection().name());
        row.setMinimumPayable(p.minimumPayableMinor());
        row.setMemberStacksOnSpecial(p.memberStacksOnSpecialPrice());
        row.setReturnPolicy(p.returnPolicy().name());
        row.setPointsPerUnitPaid(p.pointsPerUnitPaid());
        row.setExhaustiveLimit(p.exhaustiveLimit());
        row.setFloorGuardAlways(p.floorGuardAlways());
        dsl.insertInto(PROMOTION_POLICIES).set(row).onConflict(PROMOTION_POLICIES.TENANT_ID).doUpdate().set(row).execute();
    }

    private static PromotionPolicy toPolicy(PromotionPoliciesRecord r) {
        return new PromotionPolicy(SelectionMode.valueOf(r.getSelection()), ThresholdBase.valueOf(r.getThresholdBase()),
                UnitSelection.valueOf(r.getUnitSelection()), r.getMinimumPayable(), r.getMemberStacksOnSpecial(),
                ReturnPolicy.valueOf(r.getReturnPolicy()), r.getPointsPerUnitPaid(), r.getExhaustiveLimit(),
                r.getFloorGuardAlways());
    }
}
