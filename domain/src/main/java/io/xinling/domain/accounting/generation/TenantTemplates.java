package io.xinling.domain.accounting.generation;

import io.xinling.domain.accounting.AccountCode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A tenant's voucher templates (spec 3.4): the built-in set of section 4 with every revision the tenant made of it. A
 * template's current version is its latest revision, or the built-in while it has none; older versions stay, since the
 * re-cost deltas and the cancel of a document are booked with the version its voucher was generated with.
 */
public final class TenantTemplates {

    /** A tenant that edited no template. */
    public static final TenantTemplates BUILT_IN = new TenantTemplates(Map.of());

    /** Revisions by template id, in version order. */
    private final Map<String, List<TemplateRevision>> revisions;

    private TenantTemplates(Map<String, List<TemplateRevision>> revisions) {
        this.revisions = revisions;
    }

    public static TenantTemplates of(List<TemplateRevision> all) {
        Map<String, List<TemplateRevision>> byId = new HashMap<>();
        all.stream().sorted(Comparator.comparingLong(TemplateRevision::version))
                .forEach(r -> byId.computeIfAbsent(r.templateId(), k -> new ArrayList<>()).add(r));
        byId.replaceAll((id, list) -> List.copyOf(list));
        return byId.isEmpty() ? BUILT_IN : new TenantTemplates(Map.copyOf(byId));
    }

    /** Whether every template is the built-in one (no revision at all). */
    public boolean isBuiltIn() {
        return revisions.isEmpty();
    }

    /** Whether the tenant made any revision of template {@code id}. */
    public boolean revised(String id) {
        return revisions.containsKey(id);
    }

    public Optional<TemplateRevision> latest(String id) {
        List<TemplateRevision> list = revisions.get(id);
        return list == null ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    /** The tenant's current version of a built-in inventory template. */
    public InventoryTemplate current(InventoryTemplate builtIn) {
        return latest(builtIn.id()).map(builtIn::revised).orElse(builtIn);
    }

    /** The tenant's current version of a built-in trade template. */
    public PostingTemplate current(PostingTemplate builtIn) {
        return latest(builtIn.id()).map(builtIn::revised).orElse(builtIn);
    }

    /**
     * A built-in inventory template at {@code version}: the tenant's revision of that version, or the built-in itself
     * for its own version and any version the tenant has no revision of.
     */
    public InventoryTemplate at(InventoryTemplate builtIn, long version) {
        return revisions.getOrDefault(builtIn.id(), List.of()).stream().filter(r -> r.version() == version).findFirst()
                .map(builtIn::revised).orElse(builtIn);
    }

    /** The tenant's current version of a built-in template as shown. */
    public TemplateView current(TemplateView builtIn) {
        return latest(builtIn.id()).map(builtIn::revised).orElse(builtIn);
    }

    /** Every version of a built-in template the tenant can see: the built-in one, then the tenant's revisions. */
    public List<TemplateView> versions(TemplateView builtIn) {
        List<TemplateView> out = new ArrayList<>();
        out.add(builtIn);
        revisions.getOrDefault(builtIn.id(), List.of()).forEach(r -> out.add(builtIn.revised(r)));
        return List.copyOf(out);
    }

    /** Every account some revision books to: a sub-account under one would make it a parent, and its postings fail. */
    public Set<AccountCode> accounts() {
        Set<AccountCode> out = new TreeSet<>();
        revisions.values().forEach(list -> list.forEach(r -> out.addAll(r.accounts())));
        return out;
    }
}
