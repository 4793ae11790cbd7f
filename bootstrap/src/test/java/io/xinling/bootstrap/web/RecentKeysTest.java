package io.xinling.bootstrap.web;

import io.xinling.application.tenancy.CreateTenantUseCase.CreateTenantCommand;
import io.xinling.application.tenancy.IssueApiKeyUseCase.IssueApiKeyCommand;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.application.tenancy.TenancyService;
import io.xinling.bootstrap.Application;
import io.xinling.persistence.common.Database;
import io.xinling.persistence.testing.MutableClock;
import io.xinling.persistence.testing.TestDatabase;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A key found in the database is trusted for a while without asking it again; a revoked key stops working after that. */
class RecentKeysTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final Database database = TestDatabase.database();
    private final TenancyService tenancy = new Application(database, clock).tenancy();

    @Test
    void aKeyRevokedInTheDatabaseStopsWorkingOnceTheRecentWindowHasPassed() {
        IssuedKey key = issue();
        assertThat(tenancy.authenticate(key.key())).hasValueSatisfying(p -> assertThat(p.user()).isEqualTo(key.user()));
        database.dsl().execute("update api_keys set revoked_at = now() where tenant_id = ? and user_id = ?",
                key.tenant().value(), key.user().value());

        clock.advance(Duration.ofMillis(TenancyService.RECENT_MILLIS - 1));
        assertThat(tenancy.authenticate(key.key())).as("still within the window").isPresent();
        clock.advance(Duration.ofMillis(2));
        assertThat(tenancy.authenticate(key.key())).as("after the window").isEmpty();
        assertThat(tenancy.authenticate(key.key())).as("a refused key is not remembered").isEmpty();
    }

    @Test
    void anUnknownKeyIsAskedForEveryTimeAndNeverLetIn() {
        IssuedKey key = issue();
        String wrong = key.key().substring(0, key.key().length() - 1) + (key.key().endsWith("x") ? "y" : "x");
        assertThat(tenancy.authenticate(wrong)).isEmpty();
        assertThat(tenancy.authenticate(" " + key.key() + " ")).as("the presented key is stripped").isPresent();
        assertThat(tenancy.authenticate(wrong)).isEmpty();
    }

    private IssuedKey issue() {
        var tenant = tenancy.createTenant(new CreateTenantCommand(TestDatabase.uniqueName("keys"))).get();
        return tenancy.issueApiKey(new IssueApiKeyCommand(tenant.id(), "cashier", List.of("cashier"))).get();
    }
}
