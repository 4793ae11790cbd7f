package io.xinling.persistence.accounting;

import io.xinling.application.accounting.port.DimensionRegisterRepository;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.DimensionValue;
import io.xinling.domain.kernel.TenantId;
import org.jooq.DSLContext;

import java.util.List;

import static io.xinling.persistence.jooq.Tables.ACCOUNTING_DIMENSION_VALUES;

public final class JooqDimensionRegisterRepository implements DimensionRegisterRepository {

    private final DSLContext dsl;

    public JooqDimensionRegisterRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean add(TenantId tenant, DimensionValue value) {
        return dsl.insertInto(ACCOUNTING_DIMENSION_VALUES)
                .set(ACCOUNTING_DIMENSION_VALUES.TENANT_ID, tenant.value())
                .set(ACCOUNTING_DIMENSION_VALUES.DIMENSION, value.dimension().wireName())
                .set(ACCOUNTING_DIMENSION_VALUES.CODE, value.code())
                .set(ACCOUNTING_DIMENSION_VALUES.NAME, value.name())
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public List<DimensionValue> list(TenantId tenant, Dimension dimension) {
        return dsl.select(ACCOUNTING_DIMENSION_VALUES.CODE, ACCOUNTING_DIMENSION_VALUES.NAME).from(ACCOUNTING_DIMENSION_VALUES)
                .where(ACCOUNTING_DIMENSION_VALUES.TENANT_ID.eq(tenant.value()),
                        ACCOUNTING_DIMENSION_VALUES.DIMENSION.eq(dimension.wireName()))
                .orderBy(ACCOUNTING_DIMENSION_VALUES.CODE)
                .fetch(r -> new DimensionValue(dimension, r.value1(), r.value2()));
    }

    @Override
    public boolean exists(TenantId tenant, Dimension dimension, String code) {
        return dsl.fetchExists(ACCOUNTING_DIMENSION_VALUES, ACCOUNTING_DIMENSION_VALUES.TENANT_ID.eq(tenant.value()),
                ACCOUNTING_DIMENSION_VALUES.DIMENSION.eq(dimension.wireName()), ACCOUNTING_DIMENSION_VALUES.CODE.eq(code));
    }
}
