package io.xinling.persistence.settlement;

import io.xinling.application.settlement.ItemFilter;
import io.xinling.application.settlement.NewItem;
import io.xinling.application.settlement.NewWriteOff;
import io.xinling.application.settlement.port.SettlementRepository;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.settlement.Ledger;
import io.xinling.domain.settlement.SettlementItem;
import io.xinling.domain.settlement.SettlementItemId;
import io.xinling.domain.settlement.WriteOff;
import io.xinling.domain.settlement.WriteOffId;
import io.xinling.persistence.common.Jdbc;
import org.jooq.Condition;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.xinling.persistence.jooq.Tables.SETTLEMENT_ITEMS;
import static io.xinling.persistence.jooq.Tables.SETTLEMENT_WRITE_OFFS;
import static io.xinling.persistence.settlement.SettlementRows.toItem;
import static io.xinling.persistence.settlement.SettlementRows.toWriteOff;

public final class JooqSettlementRepository implements SettlementRepository {

    /**
     * One round trip of fixed SQL (every posted delivery, return, receipt and purchase return records an item): the id
     * drawn in the statement, an item without a source reference referenced by its id; an item already recorded for the
     * same source gives no row.
     */
    private static final String INSERT_ITEM = """
            with n as (select nextval('settlement_item_id_seq') as id)
            insert into settlement_items (tenant_id, item_id, partner_id, ledger, side, kind, source_type, source_ref, doc_date,
                due_date, currency, amount_minor, open_minor, exchange_rate, book_amount_minor, method, created_at)
            select ?, n.id, ?, ?, ?, ?, ?, coalesce(?, 'item-' || n.id), ?, ?, ?, ?, ?, ?, ?, ?, ? from n
            on conflict do nothing
            returning\s""" + Jdbc.columns(SETTLEMENT_ITEMS);

    private final DSLContext dsl;
    private final Jdbc jdbc;

    public JooqSettlementRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.jdbc = new Jdbc(dsl);
    }

    @Override
    public Optional<SettlementItem> insertItem(TenantId tenant, NewItem item, Instant createdAt) {
        return jdbc.query(INSERT_ITEM, rows -> dsl.fetch(rows, SETTLEMENT_ITEMS.fields()).into(SETTLEMENT_ITEMS),
                        tenant.value(), item.partner().value(), item.ledger().name(), item.side().name(), item.kind().name(),
                        item.sourceType(), item.sourceRef().orElse(null), item.date(), item.dueDate(),
                        item.amount().currency().getCurrencyCode(), item.amount().minor(), item.amount().minor(),
                        item.rate().rate(), item.bookAmount().minor(), item.method().map(Enum::name).orElse(null),
                        createdAt.atOffset(ZoneOffset.UTC))
                .stream().findFirst().map(SettlementRows::toItem);
    }

    @Override
    public Map<SettlementItemId, SettlementItem> lock(TenantId tenant, Collection<SettlementItemId> ids) {
        Map<SettlementItemId, SettlementItem> locked = new LinkedHashMap<>();
        dsl.selectFrom(SETTLEMENT_ITEMS)
                .where(SETTLEMENT_ITEMS.TENANT_ID.eq(tenant.value()),
                        SETTLEMENT_ITEMS.ITEM_ID.in(ids.stream().map(SettlementItemId::value).toList()))
                .orderBy(SETTLEMENT_ITEMS.ITEM_ID)
                .forUpdate()
                .fetch()
                .forEach(row -> locked.put(new SettlementItemId(row.getItemId()), toItem(row)));
        return locked;
    }

    @Override
    public void saveOpen(TenantId tenant, SettlementItem item) {
        dsl.update(SETTLEMENT_ITEMS)
                .set(SETTLEMENT_ITEMS.OPEN_MINOR, item.open().minor())
                .set(SETTLEMENT_ITEMS.LAST_MATCHED, item.lastMatched().orElse(null))
                .where(SETTLEMENT_ITEMS.TENANT_ID.eq(tenant.value()), SETTLEMENT_ITEMS.ITEM_ID.eq(item.id().value()))
                .execute();
    }

    @Override
    public WriteOff insertWriteOff(TenantId tenant, NewWriteOff w, Optional<UserId> by, Instant createdAt) {
        return toWriteOff(dsl.insertInto(SETTLEMENT_WRITE_OFFS)
                .set(SETTLEMENT_WRITE_OFFS.TENANT_ID, tenant.value())
                .set(SETTLEMENT_WRITE_OFFS.PARTNER_ID, w.partner().value())
                .set(SETTLEMENT_WRITE_OFFS.LEDGER, w.ledger().name())
                .set(SETTLEMENT_WRITE_OFFS.DEBIT_ITEM_ID, w.debit().value())
                .set(SETTLEMENT_WRITE_OFFS.CREDIT_ITEM_ID, w.credit().value())
                .set(SETTLEMENT_WRITE_OFFS.CURRENCY, w.amount().currency().getCurrencyCode())
                .set(SETTLEMENT_WRITE_OFFS.AMOUNT_MINOR, w.amount().minor())
                .set(SETTLEMENT_WRITE_OFFS.WRITE_OFF_DATE, w.date())
                .set(SETTLEMENT_WRITE_OFFS.REVERSAL_OF, w.reversalOf().map(WriteOffId::value).orElse(null))
                .set(SETTLEMENT_WRITE_OFFS.CREATED_AT, createdAt.atOffset(ZoneOffset.UTC))
                .set(SETTLEMENT_WRITE_OFFS.CREATED_BY, by.map(UserId::value).orElse(null))
                .returning()
                .fetchSingle());
    }

    @Override
    public Optional<WriteOff> findWriteOff(TenantId tenant, WriteOffId id) {
        return dsl.selectFrom(SETTLEMENT_WRITE_OFFS)
                .where(SETTLEMENT_WRITE_OFFS.TENANT_ID.eq(tenant.value()), SETTLEMENT_WRITE_OFFS.WRITE_OFF_ID.eq(id.value()))
                .fetchOptional().map(SettlementRows::toWriteOff);
    }

    @Override
    public boolean isReversed(TenantId tenant, WriteOffId id) {
        return dsl.fetchExists(SETTLEMENT_WRITE_OFFS, SETTLEMENT_WRITE_OFFS.TENANT_ID.eq(tenant.value()),
                SETTLEMENT_WRITE_OFFS.REVERSAL_OF.eq(id.value()));
    }

    @Override
    public Optional<SettlementItem> findItem(TenantId tenant, SettlementItemId id) {
        return dsl.selectFrom(SETTLEMENT_ITEMS)
                .where(SETTLEMENT_ITEMS.TENANT_ID.eq(tenant.value()), SETTLEMENT_ITEMS.ITEM_ID.eq(id.value()))
                .fetchOptional().map(SettlementRows::toItem);
    }

    @Override
    public List<SettlementItem> items(TenantId tenant, ItemFilter filter) {
        Condition where = SETTLEMENT_ITEMS.TENANT_ID.eq(tenant.value());
        if (filter.partner().isPresent()) {
            where = where.and(SETTLEMENT_ITEMS.PARTNER_ID.eq(filter.partner().get().value()));
        }
        if (filter.ledger().isPresent()) {
            where = where.and(SETTLEMENT_ITEMS.LEDGER.eq(filter.ledger().get().name()));
        }
        if (filter.openOnly()) {
            where = where.and(SETTLEMENT_ITEMS.OPEN_MINOR.gt(0L));
        }
        return dsl.selectFrom(SETTLEMENT_ITEMS).where(where).orderBy(SETTLEMENT_ITEMS.ITEM_ID)
                .limit(filter.limit()).offset(filter.offset()).fetch(SettlementRows::toItem);
    }

    @Override
    public List<SettlementItem> itemsOf(TenantId tenant, Optional<PartnerId> partner, Ledger ledger) {
        Condition where = SETTLEMENT_ITEMS.TENANT_ID.eq(tenant.value()).and(SETTLEMENT_ITEMS.LEDGER.eq(ledger.name()));
        if (partner.isPresent()) {
            where = where.and(SETTLEMENT_ITEMS.PARTNER_ID.eq(partner.get().value()));
        }
        return dsl.selectFrom(SETTLEMENT_ITEMS).where(where).orderBy(SETTLEMENT_ITEMS.ITEM_ID).fetch(SettlementRows::toItem);
    }

    @Override
    public List<WriteOff> writeOffs(TenantId tenant, Optional<PartnerId> partner, Ledger ledger) {
        Condition where = SETTLEMENT_WRITE_OFFS.TENANT_ID.eq(tenant.value())
                .and(SETTLEMENT_WRITE_OFFS.LEDGER.eq(ledger.name()));
        if (partner.isPresent()) {
            where = where.and(SETTLEMENT_WRITE_OFFS.PARTNER_ID.eq(partner.get().value()));
        }
        return dsl.selectFrom(SETTLEMENT_WRITE_OFFS).where(where).orderBy(SETTLEMENT_WRITE_OFFS.WRITE_OFF_ID)
                .fetch(SettlementRows::toWriteOff);
    }

    @Override
    public List<WriteOff> writeOffsOfItem(TenantId tenant, SettlementItemId item) {
        return dsl.selectFrom(SETTLEMENT_WRITE_OFFS)
                .where(SETTLEMENT_WRITE_OFFS.TENANT_ID.eq(tenant.value()),
                        SETTLEMENT_WRITE_OFFS.DEBIT_ITEM_ID.eq(item.value()).or(SETTLEMENT_WRITE_OFFS.CREDIT_ITEM_ID.eq(item.value())))
                .orderBy(SETTLEMENT_WRITE_OFFS.WRITE_OFF_ID).fetch(SettlementRows::toWriteOff);
    }
}
