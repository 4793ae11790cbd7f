package io.xinling.persistence.tenancy;

import io.xinling.application.tenancy.Tenant;
import io.xinling.application.tenancy.port.TenantRepository;
import io.xinling.domain.kernel.TenantId;
import io.xinling.persistence.jooq.tables.records.TenantsRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static io.xinling.persistence.jooq.Tables.TENANTS;

public final class JooqTenantRepository implements TenantRepository {

    private final DSLContext dsl;

    public JooqTenantRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Tenant> create(String name, Instant createdAt) {
        return dsl.insertInto(TENANTS)
                .set(TENANTS.NAME, name)
                .set(TENANTS.CREATED_AT, createdAt.atOffset(ZoneOffset.UTC))
                .onConflict(TENANTS.NAME).doNothing()
                .returning()
                .fetchOptional()
                .map(JooqTenantRepository::toTenant);
    }

    @Override
    public Optional<Tenant> find(TenantId id) {
        return dsl.selectFrom(TENANTS).where(TENANTS.TENANT_ID.eq(id.value())).fetchOptional().map(JooqTenantRepository::toTenant);
    }

    @Override
    public Optional<Tenant> findByName(String name) {
        return dsl.selectFrom(TENANTS).where(TENANTS.NAME.eq(name)).fetchOptional().map(JooqTenantRepository::toTenant);
    }

    private static Tenant toTenant(TenantsRecord row) {
        return new Tenant(new TenantId(row.getTenantId()), row.getName(), row.getCreatedAt().toInstant());
    }
}
