package io.xinling.application.promotion;

import io.xinling.application.promotion.port.ActiveSchemeVersions;
import io.xinling.application.promotion.port.ActiveSchemes;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.PromotionEngine;
import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.engine.SchemeIndex;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The tenant's active schemes, parsed and compiled into the engine's {@link SchemeIndex} once per set
 * of active versions instead of on every preview. The cache key is the set of (scheme id, version,
 * updated at) of the tenant's active versions, and every lookup reads that set from the store (a query
 * without definitions): any change on any application node (activate, pause, resume, end, cancel, a new
 * version, a campaign move) changes the set and the next lookup reloads. A set read again after the
 * load must still be the same before the result is kept, so a change racing with a reload is never
 * cached under the older key. At most {@code maxTenants} tenants are kept (the cache starts over past that).
 */
public final class ActiveSchemeCache implements ActiveSchemes {

    private record Entry(Set<ActiveSchemeVersions.SchemeVersion> key, List<Scheme> schemes, SchemeIndex index) {
    }

    private final ActiveSchemeVersions versions;
    private final ActiveSchemes loader;
    private final int maxTenants;
    private final ConcurrentMap<TenantId, Entry> entries = new ConcurrentHashMap<>();

    public ActiveSchemeCache(ActiveSchemeVersions versions, ActiveSchemes loader, int maxTenants) {
        this.versions = versions;
        this.loader = loader;
        this.maxTenants = maxTenants;
    }

    public ActiveSchemeCache(ActiveSchemeVersions versions, ActiveSchemes loader) {
        this(versions, loader, 10_000);
    }

    @Override
    public List<Scheme> activeSchemes(TenantId tenant) {
        return current(tenant).schemes();
    }

    @Override
    public SchemeIndex activeIndex(TenantId tenant) {
        return current(tenant).index();
    }

    private Entry current(TenantId tenant) {
        Set<ActiveSchemeVersions.SchemeVersion> key = Set.copyOf(versions.activeVersions(tenant));
        Entry cached = entries.get(tenant);
        if (cached != null && cached.key().equals(key)) {
            return cached;
        }
        List<Scheme> schemes = List.copyOf(loader.activeSchemes(tenant));
        Entry loaded = new Entry(key, schemes, PromotionEngine.index(schemes));
        if (Set.copyOf(versions.activeVersions(tenant)).equals(key)) {
            if (entries.size() >= maxTenants && !entries.containsKey(tenant)) {
                entries.clear();
            }
            entries.put(tenant, loaded);
        } else {
            entries.remove(tenant);
        }
        return loaded;
    }
}
