package io.xinling.persistence.inventory;

import io.xinling.application.inventory.BatchExpiry;
import io.xinling.application.inventory.DocumentDraft;
import io.xinling.application.inventory.DocumentFilter;
import io.xinling.application.inventory.DocumentKind;
import io.xinling.application.inventory.DocumentStatus;
import io.xinling.application.inventory.DocumentSummary;
import io.xinling.application.inventory.DraftLine;
import io.xinling.application.inventory.LedgerEvent;
import io.xinling.application.inventory.LineRole;
import io.xinling.application.inventory.Page;
import io.xinling.application.inventory.StoredDocument;
import io.xinling.application.inventory.port.DocumentRepository;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TenantId;
import io.xinling.persistence.common.Jdbc;
import io.xinling.persistence.common.MonthlyCounters;
import io.xinling.persistence.jooq.tables.records.InventoryDocumentLinesRecord;
import io.xinling.persistence.jooq.tables.records.InventoryDocumentsRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.xinling.persistence.jooq.Tables.INVENTORY_DOCUMENTS;
import static io.xinling.persistence.jooq.Tables.INVENTORY_DOCUMENT_COUNTERS;
import static io.xinling.persistence.jooq.Tables.INVENTORY_DOCUMENT_LINES;
import static io.xinling.persistence.jooq.Tables.INVENTORY_GROUP_EVENTS;

/** Inventory documents as a header row and one row per line with its role. */
public final class JooqDocumentRepository implements DocumentRepository {

    // Fixed SQL on JDBC (see Jdbc) for the statements every post runs.
    private static final String STATUS = "select status from inventory_documents where tenant_id = ? and document_id = ?";
    private static final String MARK_POSTED = "update inventory_documents set status = 'POSTED', posted_seq = ?, settings_seq = ? "
            + "where tenant_id = ? and document_id = ?";

    private final DSLContext dsl;
    private final DSLContext numbers;
    private final Jdbc jdbc;

    /** Document numbers taken in the caller's transaction: the counter row stays locked until it commits. */
    public JooqDocumentRepository(DSLContext dsl) {
        this(dsl, dsl);
    }

    /**
     * Document numbers taken through {@code numbers}, a context whose statements commit at once
     * ({@code Database.numbers()}), so a document created inside a long transaction (a trade post creates its
     * inventory document) does not make every other creation of its kind and month wait for that commit; a
     * creation that fails after taking its number leaves a gap.
     */
    public JooqDocumentRepository(DSLContext dsl, DSLContext numbers) {
        this.dsl = dsl;
        this.numbers = numbers;
        this.jdbc = new Jdbc(dsl);
    }

    @Override
    public long create(TenantId tenant, DocumentDraft d, Instant at) {
        LocalDate period = d.date().withDayOfMonth(1);
        int n = MonthlyCounters.next(numbers, INVENTORY_DOCUMENT_COUNTERS, INVENTORY_DOCUMENT_COUNTERS.TENANT_ID,
                INVENTORY_DOCUMENT_COUNTERS.KIND, INVENTORY_DOCUMENT_COUNTERS.PERIOD, INVENTORY_DOCUMENT_COUNTERS.LAST_NUMBER,
                tenant.value(), d.kind().name(), period);
        long id = dsl.insertInto(INVENTORY_DOCUMENTS)
                .set(INVENTORY_DOCUMENTS.TENANT_ID, tenant.value()).set(INVENTORY_DOCUMENTS.KIND, d.kind().name())
                .set(INVENTORY_DOCUMENTS.NUMBER, d.kind().number(period, n))
                .set(INVENTORY_DOCUMENTS.STATUS, DocumentStatus.DRAFT.name()).set(INVENTORY_DOCUMENTS.DOC_DATE, d.date())
                .set(INVENTORY_DOCUMENTS.DOC_TIME, d.time()).set(INVENTORY_DOCUMENTS.WAREHOUSE_ID, d.warehouse().orElse(null))
                .set(INVENTORY_DOCUMENTS.TO_WAREHOUSE_ID, d.toWarehouse().orElse(null))
                .set(INVENTORY_DOCUMENTS.PURPOSE, d.purpose().orElse(null))
                .set(INVENTORY_DOCUMENTS.REF_DOCUMENT_ID, d.reference().orElse(null))
                .set(INVENTORY_DOCUMENTS.AMOUNT, d.amount().map(Money::minor).orElse(null))
                .set(INVENTORY_DOCUMENTS.BASIS, d.basis().orElse(null)).set(INVENTORY_DOCUMENTS.NOTE, d.note().orElse(null))
                .set(INVENTORY_DOCUMENTS.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                .returning(INVENTORY_DOCUMENTS.DOCUMENT_ID).fetchSingle().getDocumentId();
        List<InventoryDocumentLinesRecord> rows = d.lines().stream().map(l -> line(tenant, id, l)).toList();
        dsl.batchInsert(rows).execute();
        return id;
    }

    private InventoryDocumentLinesRecord line(TenantId tenant, long id, DraftLine l) {
        InventoryDocumentLinesRecord r = dsl.newRecord(INVENTORY_DOCUMENT_LINES);
        r.setTenantId(tenant.value());
        r.setDocumentId(id);
        r.setLineNo(l.line());
        r.setRole(l.role().name());
        r.setSkuId(l.sku());
        r.setQuantity(l.quantity().map(Quantity::value).orElse(null));
        r.setUnit(l.unit().orElse(null));
        r.setBatchNo(l.batch().orElse(null));
        r.setProducedOn(l.producedOn().orElse(null));
        r.setExpiresOn(l.expiresOn().orElse(null));
        r.setSerials(l.serials().toArray(String[]::new));
        r.setAmount(l.amount().map(Money::minor).orElse(null));
        r.setWeight(l.weight().orElse(null));
        r.setWarehouseId(l.warehouse().orElse(null));
        l.reference().ifPresent(m -> {
            r.setRefDocumentId(m.document().value());
            r.setRefLine(m.line());
            r.setRefLeg(m.leg());
        });
        return r;
    }

    @Override
    public void addLines(TenantId tenant, long id, List<DraftLine> lines) {
        if (!lines.isEmpty()) {
            dsl.batchInsert(lines.stream().map(l -> line(tenant, id, l)).toList()).execute();
        }
    }

    @Override
    public List<PostedSwitch> scopeSwitches(TenantId tenant) {
        return dsl.select(INVENTORY_DOCUMENTS.DOCUMENT_ID, INVENTORY_DOCUMENTS.POSTED_SEQ).from(INVENTORY_DOCUMENTS)
                .where(INVENTORY_DOCUMENTS.TENANT_ID.eq(tenant.value())
                        .and(INVENTORY_DOCUMENTS.KIND.eq(DocumentKind.SCOPE_SWITCH.name()))
                        .and(INVENTORY_DOCUMENTS.STATUS.eq(DocumentStatus.POSTED.name())))
                .orderBy(INVENTORY_DOCUMENTS.POSTED_SEQ)
                .fetch(r -> new PostedSwitch(r.value1(), r.value2()));
    }

    @Override
    public void lock(TenantId tenant, long id) {
        dsl.select(INVENTORY_DOCUMENTS.DOCUMENT_ID).from(INVENTORY_DOCUMENTS)
                .where(INVENTORY_DOCUMENTS.TENANT_ID.eq(tenant.value()).and(INVENTORY_DOCUMENTS.DOCUMENT_ID.eq(id)))
                .forUpdate().fetch();
    }

    @Override
    public Optional<StoredDocument> find(TenantId tenant, long id) {
        return dsl.selectFrom(INVENTORY_DOCUMENTS).where(INVENTORY_DOCUMENTS.TENANT_ID.eq(tenant.value())
                        .and(INVENTORY_DOCUMENTS.DOCUMENT_ID.eq(id))).fetchOptional()
                .map(h -> new StoredDocument(id, h.getNumber(), DocumentStatus.valueOf(h.getStatus()), draft(h, lines(tenant, List.of(id))
                        .getOrDefault(id, List.of()))));
    }

    @Override
    public Optional<StoredDocument> header(TenantId tenant, long id) {
        return dsl.selectFrom(INVENTORY_DOCUMENTS).where(INVENTORY_DOCUMENTS.TENANT_ID.eq(tenant.value())
                        .and(INVENTORY_DOCUMENTS.DOCUMENT_ID.eq(id))).fetchOptional()
                .map(h -> new StoredDocument(id, h.getNumber(), DocumentStatus.valueOf(h.getStatus()), draft(h, List.of())));
    }

    @Override
    public void markPosted(TenantId tenant, long id, long version, long settings) {
        jdbc.update(MARK_POSTED, version, settings, tenant.value(), id);
    }

    @Override
    public Page<DocumentSummary> list(TenantId tenant, DocumentFilter filter, int limit, int offset) {
        Condition where = INVENTORY_DOCUMENTS.TENANT_ID.eq(tenant.value());
        if (filter.kind().isPresent()) {
            where = where.and(INVENTORY_DOCUMENTS.KIND.eq(filter.kind().get().name()));
        }
        if (filter.status().isPresent()) {
            where = where.and(INVENTORY_DOCUMENTS.STATUS.eq(filter.status().get().name()));
        }
        if (filter.warehouse().isPresent()) {
            long w = filter.warehouse().get();
            where = where.and(INVENTORY_DOCUMENTS.WAREHOUSE_ID.eq(w).or(INVENTORY_DOCUMENTS.TO_WAREHOUSE_ID.eq(w)));
        }
        if (filter.from().isPresent()) {
            where = where.and(INVENTORY_DOCUMENTS.DOC_DATE.ge(filter.from().get()));
        }
        if (filter.to().isPresent()) {
            where = where.and(INVENTORY_DOCUMENTS.DOC_DATE.le(filter.to().get()));
        }
        if (filter.number().isPresent()) {
            where = where.and(INVENTORY_DOCUMENTS.NUMBER.eq(filter.number().get()));
        }
        int total = dsl.fetchCount(INVENTORY_DOCUMENTS, where);
        var lineCount = DSL.field(DSL.selectCount().from(INVENTORY_DOCUMENT_LINES)
                .where(INVENTORY_DOCUMENT_LINES.TENANT_ID.eq(INVENTORY_DOCUMENTS.TENANT_ID)
                        .and(INVENTORY_DOCUMENT_LINES.DOCUMENT_ID.eq(INVENTORY_DOCUMENTS.DOCUMENT_ID))));
        List<DocumentSummary> items = dsl.select(INVENTORY_DOCUMENTS.asterisk(), lineCount).from(INVENTORY_DOCUMENTS)
                .where(where)
                .orderBy(INVENTORY_DOCUMENTS.DOC_DATE.desc(), INVENTORY_DOCUMENTS.DOCUMENT_ID.desc())
                .limit(limit).offset(offset)
                .fetch(r -> {
                    InventoryDocumentsRecord h = r.into(INVENTORY_DOCUMENTS);
                    return new DocumentSummary(h.getDocumentId(), h.getNumber(), DocumentStatus.valueOf(h.getStatus()),
                            draft(h, List.of()), r.get(lineCount));
                });
        return new Page<>(items, total, limit, offset);
    }

    @Override
    public void markCancelled(TenantId tenant, long id, long version) {
        dsl.update(INVENTORY_DOCUMENTS).set(INVENTORY_DOCUMENTS.STATUS, DocumentStatus.CANCELLED.name())
                .set(INVENTORY_DOCUMENTS.CANCELLED_SEQ, version)
                .where(INVENTORY_DOCUMENTS.TENANT_ID.eq(tenant.value()).and(INVENTORY_DOCUMENTS.DOCUMENT_ID.eq(id))).execute();
    }

    @Override
    public List<LedgerEvent> history(TenantId tenant, long group, long afterVersion) {
        var events = dsl.select(INVENTORY_GROUP_EVENTS.SEQ, INVENTORY_GROUP_EVENTS.CANCELLATION, INVENTORY_DOCUMENTS.asterisk())
                .from(INVENTORY_GROUP_EVENTS).join(INVENTORY_DOCUMENTS)
                .on(INVENTORY_DOCUMENTS.TENANT_ID.eq(INVENTORY_GROUP_EVENTS.TENANT_ID)
                        .and(INVENTORY_DOCUMENTS.DOCUMENT_ID.eq(INVENTORY_GROUP_EVENTS.DOCUMENT_ID)))
                .where(INVENTORY_GROUP_EVENTS.TENANT_ID.eq(tenant.value()).and(INVENTORY_GROUP_EVENTS.GROUP_ID.eq(group))
                        .and(INVENTORY_GROUP_EVENTS.SEQ.gt(afterVersion)))
                .orderBy(INVENTORY_GROUP_EVENTS.SEQ)
                .fetch();
        if (events.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DraftLine>> lines = lines(tenant, events.stream()
                .map(r -> r.get(INVENTORY_DOCUMENTS.DOCUMENT_ID)).distinct().toList());
        List<LedgerEvent> out = new ArrayList<>(events.size());
        for (var r : events) {
            InventoryDocumentsRecord h = r.into(INVENTORY_DOCUMENTS);
            out.add(new LedgerEvent(r.get(INVENTORY_GROUP_EVENTS.SEQ), h.getDocumentId(),
                    r.get(INVENTORY_GROUP_EVENTS.CANCELLATION), draft(h, lines.getOrDefault(h.getDocumentId(), List.of())),
                    h.getSettingsSeq()));
        }
        return out;
    }

    @Override
    public Optional<DocumentStatus> status(TenantId tenant, long id) {
        return jdbc.query(STATUS, rows -> rows.next() ? Optional.of(DocumentStatus.valueOf(rows.getString(1))) : Optional.empty(),
                tenant.value(), id);
    }

    @Override
    public List<BatchExpiry> receivedBatches(TenantId tenant) {
        return dsl.select(INVENTORY_DOCUMENT_LINES.SKU_ID, INVENTORY_DOCUMENT_LINES.BATCH_NO,
                        INVENTORY_DOCUMENT_LINES.PRODUCED_ON, INVENTORY_DOCUMENT_LINES.EXPIRES_ON)
                .from(INVENTORY_DOCUMENT_LINES).join(INVENTORY_DOCUMENTS)
                .on(INVENTORY_DOCUMENTS.TENANT_ID.eq(INVENTORY_DOCUMENT_LINES.TENANT_ID)
                        .and(INVENTORY_DOCUMENTS.DOCUMENT_ID.eq(INVENTORY_DOCUMENT_LINES.DOCUMENT_ID)))
                .where(INVENTORY_DOCUMENT_LINES.TENANT_ID.eq(tenant.value())
                        .and(INVENTORY_DOCUMENTS.STATUS.eq(DocumentStatus.POSTED.name()))
                        .and(INVENTORY_DOCUMENT_LINES.BATCH_NO.isNotNull())
                        .and(INVENTORY_DOCUMENT_LINES.PRODUCED_ON.isNotNull().or(INVENTORY_DOCUMENT_LINES.EXPIRES_ON.isNotNull())))
                .fetch(r -> new BatchExpiry(r.value1(), r.value2(), Optional.ofNullable(r.value3()),
                        Optional.ofNullable(r.value4())));
    }

    /** Lines by document, of the given documents. */
    private Map<Long, List<DraftLine>> lines(TenantId tenant, List<Long> ids) {
        var where = INVENTORY_DOCUMENT_LINES.TENANT_ID.eq(tenant.value());
        where = ids.size() == 1 ? where.and(INVENTORY_DOCUMENT_LINES.DOCUMENT_ID.eq(ids.get(0)))
                : where.and(INVENTORY_DOCUMENT_LINES.DOCUMENT_ID.eq(DSL.any(ids.toArray(Long[]::new))));
        Map<Long, List<DraftLine>> out = new HashMap<>();
        dsl.selectFrom(INVENTORY_DOCUMENT_LINES).where(where)
                .orderBy(INVENTORY_DOCUMENT_LINES.DOCUMENT_ID, INVENTORY_DOCUMENT_LINES.LINE_NO)
                .forEach(r -> out.computeIfAbsent(r.getDocumentId(), k -> new ArrayList<>()).add(toLine(r)));
        return out;
    }

    private static DraftLine toLine(InventoryDocumentLinesRecord r) {
        Optional<MovementId> ref = Optional.ofNullable(r.getRefDocumentId())
                .map(d -> new MovementId(new DocumentId(d), r.getRefLine(), r.getRefLeg()));
        return new DraftLine(r.getLineNo(), LineRole.valueOf(r.getRole()), r.getSkuId(),
                Optional.ofNullable(r.getQuantity()).map(Quantity::new), Optional.ofNullable(r.getUnit()),
                Optional.ofNullable(r.getBatchNo()), Optional.ofNullable(r.getProducedOn()),
                Optional.ofNullable(r.getExpiresOn()), Arrays.asList(r.getSerials()),
                Optional.ofNullable(r.getAmount()).map(Money::cny), Optional.ofNullable(r.getWeight()), ref,
                Optional.ofNullable(r.getWarehouseId()));
    }

    private static DocumentDraft draft(InventoryDocumentsRecord h, List<DraftLine> lines) {
        return new DocumentDraft(DocumentKind.valueOf(h.getKind()), h.getDocDate(), h.getDocTime(),
                Optional.ofNullable(h.getWarehouseId()), Optional.ofNullable(h.getToWarehouseId()),
                Optional.ofNullable(h.getPurpose()), Optional.ofNullable(h.getRefDocumentId()),
                Optional.ofNullable(h.getAmount()).map(Money::cny), Optional.ofNullable(h.getBasis()),
                Optional.ofNullable(h.getNote()), lines);
    }
}
