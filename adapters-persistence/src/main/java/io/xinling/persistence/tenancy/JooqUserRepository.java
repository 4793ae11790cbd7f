package io.xinling.persistence.tenancy;

import io.xinling.application.tenancy.port.UserRepository;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.ZoneOffset;

import static io.xinling.persistence.jooq.Tables.USERS;

public final class JooqUserRepository implements UserRepository {

    private final DSLContext dsl;

    public JooqUserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public UserId findOrCreate(TenantId tenant, String name, Instant at) {
        dsl.insertInto(USERS)
                .set(USERS.TENANT_ID, tenant.value())
                .set(USERS.NAME, name)
                .set(USERS.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflict(USERS.TENANT_ID, USERS.NAME).doNothing()
                .execute();
        Long id = dsl.select(USERS.USER_ID).from(USERS)
                .where(USERS.TENANT_ID.eq(tenant.value()).and(USERS.NAME.eq(name)))
                .fetchSingle(USERS.USER_ID);
        return new UserId(id);
    }
}
