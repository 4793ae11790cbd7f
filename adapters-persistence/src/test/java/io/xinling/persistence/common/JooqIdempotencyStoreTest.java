package io.xinling.persistence.common;

import io.xinling.application.port.IdempotencyStore.Claim;
import io.xinling.domain.kernel.TenantId;
import io.xinling.persistence.tenancy.JooqTenantRepository;
import io.xinling.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class JooqIdempotencyStoreTest {

    private final Database db = TestDatabase.database();
    private final JooqIdempotencyStore store = new JooqIdempotencyStore(db.dsl(), Duration.ofMinutes(5));
    private final TenantId tenant = new JooqTenantRepository(db.dsl())
            .create(TestDatabase.uniqueName("idem"), Instant.now()).orElseThrow().id();
    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void first_claim_is_fresh_and_a_completed_key_replays_the_first_answer() {
        assertThat(store.claim(tenant, "k1", "POST /x#abc", now)).isInstanceOf(Claim.Fresh.class);
        store.complete(tenant, "k1", 201, "application/json", "{\"id\":1}".getBytes(StandardCharsets.UTF_8), now);

        Claim again = store.claim(tenant, "k1", "POST /x#abc", now.plusSeconds(1));
        assertThat(again).isInstanceOf(Claim.Replay.class);
        Claim.Replay replay = (Claim.Replay) again;
        assertThat(replay.status()).isEqualTo(201);
        assertThat(new String(replay.body(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":1}");
    }

    @Test
    void same_key_with_another_request_is_a_mismatch() {
        store.claim(tenant, "k2", "POST /x#abc", now);
        assertThat(store.claim(tenant, "k2", "POST /x#def", now)).isInstanceOf(Claim.Mismatch.class);
    }

    @Test
    void unfinished_claim_is_in_flight_until_stale_then_can_be_taken_over() {
        store.claim(tenant, "k3", "f", now);
        assertThat(store.claim(tenant, "k3", "f", now.plusSeconds(10))).isInstanceOf(Claim.InFlight.class);
        assertThat(store.claim(tenant, "k3", "f", now.plus(Duration.ofMinutes(6)))).isInstanceOf(Claim.Fresh.class);
    }

    @Test
    void released_claim_can_be_claimed_again() {
        store.claim(tenant, "k4", "f", now);
        store.release(tenant, "k4");
        assertThat(store.claim(tenant, "k4", "f", now)).isInstanceOf(Claim.Fresh.class);
    }

    @Test
    void keys_are_per_tenant() {
        TenantId other = new JooqTenantRepository(db.dsl()).create(TestDatabase.uniqueName("idem2"), now).orElseThrow().id();
        store.claim(tenant, "shared", "f1", now);
        assertThat(store.claim(other, "shared", "f2", now)).isInstanceOf(Claim.Fresh.class);
    }
}
