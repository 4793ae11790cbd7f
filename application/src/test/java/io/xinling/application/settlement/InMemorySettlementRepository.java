package io.xinling.application.settlement;

import io.xinling.application.settlement.port.SettlementRepository;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.settlement.Ledger;
import io.xinling.domain.settlement.SettlementItem;
import io.xinling.domain.settlement.SettlementItemId;
import io.xinling.domain.settlement.SourceDocument;
import io.xinling.domain.settlement.WriteOff;
import io.xinling.domain.settlement.WriteOffId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An in-memory {@link SettlementRepository} for one tenant, with snapshots for a rolling-back transactor. */
final class InMemorySettlementRepository implements SettlementRepository {

    record State(Map<Long, SettlementItem> items, List<WriteOff> writeOffs, long nextId) {
    }

    private Map<Long, SettlementItem> items = new TreeMap<>();
    private List<WriteOff> writeOffs = new ArrayList<>();
    private long nextId = 1;

    State snapshot() {
        return new State(new TreeMap<>(items), new ArrayList<>(writeOffs), nextId);
    }

    void restore(State state) {
        items = new TreeMap<>(state.items());
        writeOffs = new ArrayList<>(state.writeOffs());
        nextId = state.nextId();
    }

    @Override
    public Optional<SettlementItem> insertItem(TenantId tenant, NewItem n, Instant createdAt) {
        long id = nextId++;
        SourceDocument source = new SourceDocument(n.sourceType(), n.sourceRef().orElse("item-" + id));
        boolean taken = items.values().stream().anyMatch(i -> i.ledger() == n.ledger() && i.source().equals(source));
        if (taken) {
            return Optional.empty();
        }
        SettlementItem item = new SettlementItem(new SettlementItemId(id), n.partner(), n.ledger(), n.side(), n.kind(),
                source, n.date(), n.dueDate(), n.amount(), n.amount(), n.rate(), n.bookAmount(), n.method(), Optional.empty());
        items.put(id, item);
        return Optional.of(item);
    }

    @Override
    public Map<SettlementItemId, SettlementItem> lock(TenantId tenant, Collection<SettlementItemId> ids) {
        Map<SettlementItemId, SettlementItem> found = new LinkedHashMap<>();
        ids.stream().sorted((a, b) -> Long.compare(a.value(), b.value()))
                .forEach(id -> Optional.ofNullable(items.get(id.value())).ifPresent(i -> found.put(id, i)));
        return found;
    }

    @Override
    public void saveOpen(TenantId tenant, SettlementItem item) {
        items.put(item.id().value(), item);
    }

    @Override
    public WriteOff insertWriteOff(TenantId tenant, NewWriteOff w, Optional<UserId> by, Instant createdAt) {
        WriteOff saved = new WriteOff(new WriteOffId(nextId++), w.partner(), w.ledger(), w.debit(), w.credit(), w.amount(),
                w.date(), w.reversalOf());
        writeOffs.add(saved);
        return saved;
    }

    @Override
    public Optional<WriteOff> findWriteOff(TenantId tenant, WriteOffId id) {
        return writeOffs.stream().filter(w -> w.id().equals(id)).findFirst();
    }

    @Override
    public boolean isReversed(TenantId tenant, WriteOffId id) {
        return writeOffs.stream().anyMatch(w -> w.reversalOf().equals(Optional.of(id)));
    }

    @Override
    public Optional<SettlementItem> findItem(TenantId tenant, SettlementItemId id) {
        return Optional.ofNullable(items.get(id.value()));
    }

    @Override
    public List<SettlementItem> items(TenantId tenant, ItemFilter filter) {
        return items.values().stream()
                .filter(i -> filter.partner().map(i.partner()::equals).orElse(true))
                .filter(i -> filter.ledger().map(l -> l == i.ledger()).orElse(true))
                .filter(i -> !filter.openOnly() || i.open().isPositive())
                .skip(filter.offset()).limit(filter.limit()).toList();
    }

    @Override
    public List<SettlementItem> itemsOf(TenantId tenant, Optional<PartnerId> partner, Ledger ledger) {
        return items(tenant, new ItemFilter(partner, Optional.of(ledger), false, Integer.MAX_VALUE, 0));
    }

    @Override
    public List<WriteOff> writeOffs(TenantId tenant, Optional<PartnerId> partner, Ledger ledger) {
        return writeOffs.stream().filter(w -> w.ledger() == ledger)
                .filter(w -> partner.map(w.partner()::equals).orElse(true)).toList();
    }

    @Override
    public List<WriteOff> writeOffsOfItem(TenantId tenant, SettlementItemId item) {
        return writeOffs.stream().filter(w -> w.debit().equals(item) || w.credit().equals(item)).toList();
    }
}
