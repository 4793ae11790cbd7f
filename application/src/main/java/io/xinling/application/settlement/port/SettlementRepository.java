package io.xinling.application.settlement.port;

import io.xinling.application.settlement.ItemFilter;
import io.xinling.application.settlement.NewItem;
import io.xinling.application.settlement.NewWriteOff;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.settlement.Ledger;
import io.xinling.domain.settlement.SettlementItem;
import io.xinling.domain.settlement.SettlementItemId;
import io.xinling.domain.settlement.WriteOff;
import io.xinling.domain.settlement.WriteOffId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface SettlementRepository {

    /** The saved item, or empty when the ledger has an item for the same source document already. */
    Optional<SettlementItem> insertItem(TenantId tenant, NewItem item, Instant createdAt);

    /** Locks the tenant's items among {@code ids} in ascending id order (so concurrent callers never deadlock). */
    Map<SettlementItemId, SettlementItem> lock(TenantId tenant, Collection<SettlementItemId> ids);

    /** Saves an item's open amount and last match date; the caller holds its lock. */
    void saveOpen(TenantId tenant, SettlementItem item);

    WriteOff insertWriteOff(TenantId tenant, NewWriteOff writeOff, Optional<UserId> by, Instant createdAt);

    Optional<WriteOff> findWriteOff(TenantId tenant, WriteOffId id);

    boolean isReversed(TenantId tenant, WriteOffId id);

    Optional<SettlementItem> findItem(TenantId tenant, SettlementItemId id);

    List<SettlementItem> items(TenantId tenant, ItemFilter filter);

    /** Every item of the ledger, of one partner or of all. */
    List<SettlementItem> itemsOf(TenantId tenant, Optional<PartnerId> partner, Ledger ledger);

    /** Every write-off and reversal of the ledger, of one partner or of all. */
    List<WriteOff> writeOffs(TenantId tenant, Optional<PartnerId> partner, Ledger ledger);

    List<WriteOff> writeOffsOfItem(TenantId tenant, SettlementItemId item);
}
