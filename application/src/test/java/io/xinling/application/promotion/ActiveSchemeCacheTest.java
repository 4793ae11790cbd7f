package io.xinling.application.promotion;

import io.xinling.application.promotion.port.ActiveSchemeVersions;
import io.xinling.application.promotion.port.ActiveSchemeVersions.SchemeVersion;
import io.xinling.application.promotion.port.ActiveSchemes;
import io.xinling.application.promotion.quota.ActiveQuotas;
import io.xinling.application.promotion.quota.Resource;
import io.xinling.application.promotion.quota.SchemeQuota;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.engine.SchemeIndex;
import io.xinling.domain.promotion.rule.item.SpecialPrice;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ActiveSchemeCacheTest {

    private static final TenantId T1 = new TenantId(1);
    private static final TenantId T2 = new TenantId(2);
    private static final Instant AT = Instant.parse("2026-11-25T00:00:00Z");

    /** A store of active versions per tenant; loads count, and a hook may change the store mid-load. */
    private static final class Store implements ActiveSchemeVersions, ActiveSchemes {
        final Map<TenantId, List<SchemeVersion>> active = new HashMap<>();
        int loads;
        Runnable duringLoad = () -> { };

        @Override
        public List<SchemeVersion> activeVersions(TenantId tenant) {
            return List.copyOf(active.getOrDefault(tenant, List.of()));
        }

        @Override
        public List<Scheme> activeSchemes(TenantId tenant) {
            loads++;
            List<Scheme> out = new ArrayList<>();
            for (SchemeVersion v : activeVersions(tenant)) {
                out.add(Scheme.of(v.schemeId(), "", new SpecialPrice(100)).withVersion(v.version(), AT.atZone(
                        java.time.ZoneOffset.UTC).toLocalDateTime()));
            }
            duringLoad.run();
            return out;
        }
    }

    @Test
    void an_unchanged_set_of_active_versions_reuses_the_compiled_schemes_and_any_change_reloads() {
        Store store = new Store();
        store.active.put(T1, List.of(new SchemeVersion("a", 1, AT), new SchemeVersion("b", 2, AT)));
        ActiveSchemeCache cache = new ActiveSchemeCache(store, store);

        SchemeIndex first = cache.activeIndex(T1);
        assertThat(cache.activeIndex(T1)).isSameAs(first);
        assertThat(cache.activeSchemes(T1)).extracting(Scheme::id).containsExactlyInAnyOrder("a", "b");
        assertThat(store.loads).isEqualTo(1);

        store.active.put(T1, List.of(new SchemeVersion("b", 2, AT), new SchemeVersion("a", 1, AT)));
        assertThat(cache.activeIndex(T1)).as("the same set in another order").isSameAs(first);

        store.active.put(T1, List.of(new SchemeVersion("a", 1, AT), new SchemeVersion("b", 3, AT)));
        SchemeIndex second = cache.activeIndex(T1);
        assertThat(second).as("a new version").isNotSameAs(first);
        assertThat(second.all()).extracting(Scheme::version).contains(3);

        store.active.put(T1, List.of(new SchemeVersion("a", 1, AT.plusSeconds(1)), new SchemeVersion("b", 3, AT)));
        assertThat(cache.activeIndex(T1)).as("a row changed in place").isNotSameAs(second);

        store.active.put(T1, List.of(new SchemeVersion("b", 3, AT)));
        assertThat(cache.activeSchemes(T1)).as("one paused or ended").extracting(Scheme::id).containsExactly("b");
        assertThat(store.loads).isEqualTo(4);
    }

    @Test
    void the_limits_of_the_active_schemes_are_read_once_per_set_of_active_versions() {
        Store store = new Store();
        store.active.put(T1, List.of(new SchemeVersion("a", 1, AT)));
        int[] quotaLoads = {0};
        ActiveQuotas quotas = tenant -> {
            quotaLoads[0]++;
            return Map.of("a", new SchemeQuota(Map.of(Resource.USES_TOTAL, (long) store.active.get(tenant).get(0).version())));
        };
        ActiveSchemeCache cache = new ActiveSchemeCache(store, store, quotas);
        assertThat(cache.activeQuotas(T1).get("a").limit(Resource.USES_TOTAL)).isEqualTo(1);
        cache.activeIndex(T1);
        assertThat(cache.activeQuotas(T1).get("a").limit(Resource.USES_TOTAL)).isEqualTo(1);
        assertThat(quotaLoads[0]).as("previews reuse them").isEqualTo(1);

        store.active.put(T1, List.of(new SchemeVersion("a", 2, AT)));
        assertThat(cache.activeQuotas(T1).get("a").limit(Resource.USES_TOTAL)).as("a new version").isEqualTo(2);
        assertThat(quotaLoads[0]).isEqualTo(2);
    }

    @Test
    void tenants_are_cached_apart() {
        Store store = new Store();
        store.active.put(T1, List.of(new SchemeVersion("a", 1, AT)));
        store.active.put(T2, List.of(new SchemeVersion("z", 1, AT)));
        ActiveSchemeCache cache = new ActiveSchemeCache(store, store);
        assertThat(cache.activeSchemes(T1)).extracting(Scheme::id).containsExactly("a");
        assertThat(cache.activeSchemes(T2)).extracting(Scheme::id).containsExactly("z");
        assertThat(cache.activeSchemes(T1)).extracting(Scheme::id).containsExactly("a");
        assertThat(store.loads).isEqualTo(2);
    }

    @Test
    void a_change_racing_with_a_reload_is_not_cached_under_the_older_set() {
        Store store = new Store();
        store.active.put(T1, List.of(new SchemeVersion("a", 1, AT)));
        ActiveSchemeCache cache = new ActiveSchemeCache(store, store);
        store.duringLoad = () -> store.active.put(T1, List.of(new SchemeVersion("a", 2, AT)));
        cache.activeIndex(T1);
        store.duringLoad = () -> { };
        assertThat(cache.activeSchemes(T1)).extracting(Scheme::version).containsExactly(2);
        assertThat(store.loads).isEqualTo(2);
        cache.activeIndex(T1);
        assertThat(store.loads).isEqualTo(2);
    }

    @Test
    void past_the_tenant_bound_the_cache_starts_over_and_stays_correct() {
        Store store = new Store();
        ActiveSchemeCache cache = new ActiveSchemeCache(store, store, 2);
        for (long t = 1; t <= 5; t++) {
            store.active.put(new TenantId(t), List.of(new SchemeVersion("s" + t, 1, AT)));
            assertThat(cache.activeSchemes(new TenantId(t))).extracting(Scheme::id).containsExactly("s" + t);
        }
        assertThat(cache.activeSchemes(new TenantId(5))).extracting(Scheme::id).containsExactly("s5");
        assertThat(store.loads).isEqualTo(5);
    }
}
