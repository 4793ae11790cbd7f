package io.xinling.application.promotion;

import io.xinling.application.promotion.port.ActiveSchemeVersions;
import io.xinling.application.promotion.port.ActiveSchemes;
import io.xinling.application.promotion.quota.ActiveQuotas;
import io.xinling.application.promotion.quota.SchemeQuota;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.PromotionEngine;
import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.engine.SchemeIndex;

import java.util.List;
import java.util.Map;
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
 * cached under the older key. The schemes' cross-order limits (spec 3.11) are kept under the same key, so a
 * preview reads them without parsing a definition. At most {@code maxTenants} tenants are kept (the cache starts over past that).
 */
public final class ActiveSchemeCache implements ActiveSchemes, ActiveQuotas {

    private record Entry(Set<ActiveSchemeVersions.SchemeVersion> key, List<Scheme> schemes, SchemeIndex index,
                         Map<String, SchemeQuota> quotas) {
    }

    private final ActiveSchemeVersions versions;
    private final ActiveSchemes loader;
    private final ActiveQuotas quotaLoader;
    private final int maxTenants;
    private final ConcurrentMap<TenantId, Entry> entries = new ConcurrentHashMap<>();

    /** Caches the schemes of {@code loader} and, under the same key, the limits of {@code quotaLoader} (if any). */
    public ActiveSchemeCache(ActiveSchemeVersions versions, ActiveSchemes loader, ActiveQuotas quotaLoader, int maxTenants) {
        this.versions = versions;
        this.loader = loader;
        this.quotaLoader = quotaLoader;
        this.maxTenants = maxTenants;
    }

    public ActiveSchemeCache(ActiveSchemeVersions versions, ActiveSchemes loader, int maxTenants) {
        this(versions, loader, null, maxTenants);
    }

    public ActiveSchemeCache(ActiveSchemeVersions versions, ActiveSchemes loader) {
        this(versions, loader, null, 10_000);
    }

    public ActiveSchemeCache(ActiveSchemeVersions versions, ActiveSchemes loader, ActiveQuotas quotaLoader) {
        this(versions, loader, quotaLoader, 10_000);
    }

    @Override
    public List<Scheme> activeSchemes(TenantId tenant) {
        return current(tenant).schemes();
    }

    @Override
    public SchemeIndex activeIndex(TenantId tenant) {
        return current(tenant).index();
    }

    /** The limits of the active schemes, cached with them (a cache built without a quota loader has none to give). */
    @Override
    public Map<String, SchemeQuota> activeQuotas(TenantId tenant) {
        if (quotaLoader == null) {
            throw new IllegalStateException("this cache was built without a quota loader");
        }
        return current(tenant).quotas();
    }

    private Entry current(TenantId tenant) {
        Set<ActiveSchemeVersions.SchemeVersion> key = Set.copyOf(versions.activeVersions(tenant));
        Entry cached = entries.get(tenant);
        if (cached != null && cached.key().equals(key)) {
            return cached;
        }
        List<Scheme> schemes = List.copyOf(loader.activeSchemes(tenant));
        Map<String, SchemeQuota> quotas = quotaLoader == null ? Map.of() : Map.copyOf(quotaLoader.activeQuotas(tenant));
        Entry loaded = new Entry(key, schemes, PromotionEngine.index(schemes), quotas);
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
