package io.xinling.persistence.inventory;

import io.xinling.application.inventory.BatchExpiry;
import io.xinling.application.inventory.DocumentDraft;
import io.xinling.application.inventory.DocumentFlag;
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
import io.xinling.persistence.jooq.tables.records.InventoryDocumentsRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.EnumSet;
import java.util.Set;

import static io.xinling.persistence.jooq.Tables.INVENTORY_DOCUMENTS;
import static io.xinling.persistence.jooq.Tables.INVENTORY_DOCUMENT_LINES;
import static io.xinling.persistence.jooq.Tables.INVENTORY_GROUP_EVENTS;

/** Inventory documents as a header row and one row per line with its role. */
public final class JooqDocumentRepository implements DocumentRepository {

    // Fixed SQL on JDBC (see Jdbc) for the statements every post runs.
    private static final String MARK_POSTED = "update inventory_documents set status = 'POSTED', posted_seq = ?, settings_seq = ? "
            + "where tenant_id = ? and document_id = ?";
    /** Lines from columns as arrays ({@link #lineColumns}; serials as one text[] literal each) as {@code r}. */
    private static final String LINE_COLUMNS = """
            unnest(?::int[], ?::text[], ?::bigint[], ?::text[]::numeric[], ?::text[], ?::text[], ?::text[]::date[],
                ?::text[]::date[], ?::text[], ?::bigint[], ?::text[]::numeric[], ?::bigint[], ?::int[], ?::int[], ?::bigint[])
                as r(ln, ro, sk, q, u, b, p, e, sr, a, w, rd, rl, rg, wh)""";
    private static final String INSERT_LINES = """
            insert into inventory_document_lines (tenant_id, document_id, line_no, role, sku_id, quantity, unit, batch_no,
                produced_on, expires_on, serials, amount, weight, ref_document_id, ref_line, ref_leg, warehouse_id)
            """;
    private static final String ADD_LINES = INSERT_LINES
            + "select ?, ?, r.ln, r.ro, r.sk, r.q, r.u, r.b, r.p, r.e, r.sr::text[], r.a, r.w, r.rd, r.rl, r.rg, r.wh from "
            + LINE_COLUMNS;
    /**
     * A draft: header and lines in one statement that returns nothing, its id and number taken beforehand, so that it
     * goes with the transaction's next statement ({@link Jdbc#later}).
     */
    private static final String CREATE = """
            with h as (
                insert into inventory_documents (document_id, tenant_id, kind, number, status, doc_date, doc_time,
                    warehouse_id, to_warehouse_id, purpose, ref_document_id, amount, basis, note, created_at, supplier_id, flags)
                values (?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[])
                returning document_id)
            """ + INSERT_LINES + """
            select ?, h.document_id, r.ln, r.ro, r.sk, r.q, r.u, r.b, r.p, r.e, r.sr::text[], r.a, r.w, r.rd, r.rl, r.rg, r.wh
            from h, """ + LINE_COLUMNS;
    /** A document's header ({@link #header(ResultSet)}). */
    private static final String HEADER = """
            select number, status, kind, doc_date, doc_time, warehouse_id, to_warehouse_id, purpose, ref_document_id, amount,
                basis, note, document_id, supplier_id, flags, reversed_on
            from inventory_documents where tenant_id = ? and document_id = ?""";
    /** Lines ({@link #lines(ResultSet)}) of the documents a condition that follows picks. */
    private static final String SELECT_LINES = """
            select document_id, line_no, role, sku_id, quantity, unit, batch_no, produced_on, expires_on, serials, amount, weight,
                ref_document_id, ref_line, ref_leg, warehouse_id
            from inventory_document_lines where tenant_id = ? and\s""";
    /** A document and its lines, in one round trip. */
    private static final String FIND = HEADER + ";\n" + SELECT_LINES + "document_id = ? order by line_no";
    /** {@link #FIND}, the header's row locked. */
    private static final String FIND_FOR_CHANGE = HEADER + " for update;\n" + SELECT_LINES + "document_id = ? order by line_no";
    private static final String LINES = SELECT_LINES + "document_id = any(?::bigint[]) order by document_id, line_no";

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
    public StoredDocument create(TenantId tenant, DocumentDraft d, Instant at) {
        LocalDate period = d.date().withDayOfMonth(1);
        long[] taken = MonthlyCounters.INVENTORY_DOCUMENTS.nextWithId(numbers, tenant.value(), d.kind().name(), period,
                "inventory_document_id_seq");
        String number = d.kind().number(period, (int) taken[0]);
        long id = taken[1];
        LocalTime time = micros(d.time());
        List<Object> args = new ArrayList<>(List.of(id, tenant.value(), d.kind().name(), number, d.date(), time));
        Collections.addAll(args, d.warehouse().orElse(null), d.toWarehouse().orElse(null), d.purpose().orElse(null),
                d.reference().orElse(null), d.amount().map(Money::minor).orElse(null), d.basis().orElse(null),
                d.note().orElse(null), at.atOffset(ZoneOffset.UTC), d.supplier().orElse(null), flags(d.flags()),
                tenant.value());
        Collections.addAll(args, lineColumns(d.lines()));
        jdbc.later(CREATE, args.toArray());
        List<DraftLine> byNumber = d.lines().stream().sorted(Comparator.comparingInt(DraftLine::line)).toList();
        return new StoredDocument(id, number, DocumentStatus.DRAFT, new DocumentDraft(d.kind(), d.date(), time,
                d.warehouse(), d.toWarehouse(), d.purpose(), d.reference(), d.amount(), d.basis(), d.note(), byNumber,
                d.supplier(), d.flags()));
    }

    /**
     * A time as PostgreSQL keeps it, to the microsecond, rounded half up (the last microsecond of the day stays there
     * rather than wrap to midnight).
     */
    static LocalTime micros(LocalTime time) {
        LocalTime up = time.plusNanos(500);
        return (up.isBefore(time) ? time : up).truncatedTo(ChronoUnit.MICROS);
    }

    /** Flags as one text[] literal, in a fixed order. */
    private static String flags(Set<DocumentFlag> flags) {
        return JooqLedgerStore.textArray(flags.stream().sorted().map(DocumentFlag::wire).toList());
    }

    private static Set<DocumentFlag> flags(String[] stored) {
        Set<DocumentFlag> out = EnumSet.noneOf(DocumentFlag.class);
        for (String wire : stored == null ? new String[0] : stored) {
            out.add(DocumentFlag.parse(wire).orElseThrow(() -> new IllegalStateException("unknown document flag " + wire)));
        }
        return out;
    }

    @Override
    public void setFlags(TenantId tenant, long id, Set<DocumentFlag> flags) {
        jdbc.update("update inventory_documents set flags = ?::text[] where tenant_id = ? and document_id = ?",
                flags(flags), tenant.value(), id);
    }

    @Override
    public void setReversedOn(TenantId tenant, long id, LocalDate date) {
        jdbc.update("update inventory_documents set reversed_on = ? where tenant_id = ? and document_id = ?",
                date, tenant.value(), id);
    }

    /** The columns of {@link #LINE_COLUMNS} as arrays, one element per line. */
    private static Object[] lineColumns(List<DraftLine> lines) {
        int count = lines.size();
        Integer[] lineNo = new Integer[count];
        String[] role = new String[count];
        Long[] sku = new Long[count];
        String[] quantity = new String[count];
        String[] unit = new String[count];
        String[] batch = new String[count];
        String[] producedOn = new String[count];
        String[] expiresOn = new String[count];
        String[] serials = new String[count];
        Long[] amount = new Long[count];
        String[] weight = new String[count];
        Long[] refDocument = new Long[count];
        Integer[] refLine = new Integer[count];
        Integer[] refLeg = new Integer[count];
        Long[] warehouse = new Long[count];
        for (int i = 0; i < count; i++) {
            DraftLine l = lines.get(i);
            lineNo[i] = l.line();
            role[i] = l.role().name();
            sku[i] = l.sku();
            quantity[i] = l.quantity().map(q -> q.value().toPlainString()).orElse(null);
            unit[i] = l.unit().orElse(null);
            batch[i] = l.batch().orElse(null);
            producedOn[i] = l.producedOn().map(LocalDate::toString).orElse(null);
            expiresOn[i] = l.expiresOn().map(LocalDate::toString).orElse(null);
            serials[i] = JooqLedgerStore.textArray(l.serials());
            amount[i] = l.amount().map(Money::minor).orElse(null);
            weight[i] = l.weight().map(BigDecimal::toPlainString).orElse(null);
            refDocument[i] = l.reference().map(m -> m.document().value()).orElse(null);
            refLine[i] = l.reference().map(MovementId::line).orElse(null);
            refLeg[i] = l.reference().map(MovementId::leg).orElse(null);
            warehouse[i] = l.warehouse().orElse(null);
        }
        return new Object[] {lineNo, role, sku, quantity, unit, batch, producedOn, expiresOn, serials, amount, weight,
            refDocument, refLine, refLeg, warehouse};
    }

    @Override
    public void addLines(TenantId tenant, long id, List<DraftLine> lines) {
        if (!lines.isEmpty()) {
            List<Object> args = new ArrayList<>(List.of(tenant.value(), id));
            Collections.addAll(args, lineColumns(lines));
            jdbc.update(ADD_LINES, args.toArray());
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
        return find(FIND, tenant, id);
    }

    @Override
    public Optional<StoredDocument> findForChange(TenantId tenant, long id) {
        return find(FIND_FOR_CHANGE, tenant, id);
    }

    private Optional<StoredDocument> find(String sql, TenantId tenant, long id) {
        List<Object> found = jdbc.queries(sql, List.of(JooqDocumentRepository::header, JooqDocumentRepository::lines),
                tenant.value(), id, tenant.value(), id);
        @SuppressWarnings("unchecked")
        Optional<StoredDocument> header = (Optional<StoredDocument>) found.get(0);
        @SuppressWarnings("unchecked")
        List<DraftLine> lines = ((Map<Long, List<DraftLine>>) found.get(1)).getOrDefault(id, List.of());
        return header.map(h -> new StoredDocument(h.id(), h.number(), h.status(), withLines(h.draft(), lines)));
    }

    @Override
    public Optional<StoredDocument> header(TenantId tenant, long id) {
        return jdbc.query(HEADER, JooqDocumentRepository::header, tenant.value(), id);
    }

    @Override
    public void markPosted(TenantId tenant, long id, long version, long settings) {
        jdbc.later(MARK_POSTED, version, settings, tenant.value(), id);
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
    public void delete(TenantId tenant, long id) {
        dsl.deleteFrom(INVENTORY_DOCUMENT_LINES)
                .where(INVENTORY_DOCUMENT_LINES.TENANT_ID.eq(tenant.value()), INVENTORY_DOCUMENT_LINES.DOCUMENT_ID.eq(id))
                .execute();
        dsl.deleteFrom(INVENTORY_DOCUMENTS)
                .where(INVENTORY_DOCUMENTS.TENANT_ID.eq(tenant.value()), INVENTORY_DOCUMENTS.DOCUMENT_ID.eq(id),
                        INVENTORY_DOCUMENTS.STATUS.eq(DocumentStatus.DRAFT.name()))
                .execute();
    }

    @Override
    public void redate(TenantId tenant, long id, LocalDate date) {
        dsl.update(INVENTORY_DOCUMENTS).set(INVENTORY_DOCUMENTS.DOC_DATE, date)
                .where(INVENTORY_DOCUMENTS.TENANT_ID.eq(tenant.value()), INVENTORY_DOCUMENTS.DOCUMENT_ID.eq(id),
                        INVENTORY_DOCUMENTS.STATUS.eq(DocumentStatus.DRAFT.name()))
                .execute();
    }

    @Override
    public Optional<Long> dependantOf(TenantId tenant, long id) {
        var byHeader = dsl.select(INVENTORY_DOCUMENTS.DOCUMENT_ID).from(INVENTORY_DOCUMENTS)
                .where(INVENTORY_DOCUMENTS.TENANT_ID.eq(tenant.value()), INVENTORY_DOCUMENTS.REF_DOCUMENT_ID.eq(id),
                        INVENTORY_DOCUMENTS.STATUS.ne(DocumentStatus.CANCELLED.name()));
        var byLine = dsl.select(INVENTORY_DOCUMENT_LINES.DOCUMENT_ID).from(INVENTORY_DOCUMENT_LINES)
                .join(INVENTORY_DOCUMENTS).on(INVENTORY_DOCUMENTS.TENANT_ID.eq(INVENTORY_DOCUMENT_LINES.TENANT_ID),
                        INVENTORY_DOCUMENTS.DOCUMENT_ID.eq(INVENTORY_DOCUMENT_LINES.DOCUMENT_ID))
                .where(INVENTORY_DOCUMENT_LINES.TENANT_ID.eq(tenant.value()), INVENTORY_DOCUMENT_LINES.REF_DOCUMENT_ID.eq(id),
                        INVENTORY_DOCUMENT_LINES.DOCUMENT_ID.ne(id),
                        INVENTORY_DOCUMENTS.STATUS.ne(DocumentStatus.CANCELLED.name()));
        return byHeader.unionAll(byLine).limit(1).fetchOptional(r -> r.value1());
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
        return jdbc.query(LINES, JooqDocumentRepository::lines, tenant.value(), ids.toArray(Long[]::new));
    }

    /** Lines by document from rows of {@link #LINES}' columns. */
    private static Map<Long, List<DraftLine>> lines(ResultSet rows) throws SQLException {
        Map<Long, List<DraftLine>> out = new HashMap<>();
        while (rows.next()) {
            Optional<Long> refDocument = optionalLong(rows, 13);
            Optional<MovementId> ref = refDocument.isEmpty() ? Optional.empty()
                    : Optional.of(new MovementId(new DocumentId(refDocument.get()), rows.getInt(14), rows.getInt(15)));
            DraftLine line = new DraftLine(rows.getInt(2), LineRole.valueOf(rows.getString(3)), rows.getLong(4),
                    Optional.ofNullable(rows.getBigDecimal(5)).map(Quantity::new), Optional.ofNullable(rows.getString(6)),
                    Optional.ofNullable(rows.getString(7)), Optional.ofNullable(rows.getObject(8, LocalDate.class)),
                    Optional.ofNullable(rows.getObject(9, LocalDate.class)),
                    Arrays.asList((String[]) rows.getArray(10).getArray()), optionalLong(rows, 11).map(Money::cny),
                    Optional.ofNullable(rows.getBigDecimal(12)), ref, optionalLong(rows, 16));
            out.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(line);
        }
        return out;
    }

    /** The document of the row of {@link #HEADER}, if any, without its lines. */
    private static Optional<StoredDocument> header(ResultSet h) throws SQLException {
        if (!h.next()) {
            return Optional.empty();
        }
        return Optional.of(new StoredDocument(h.getLong(13), h.getString(1), DocumentStatus.valueOf(h.getString(2)),
                new DocumentDraft(DocumentKind.valueOf(h.getString(3)), h.getObject(4, LocalDate.class),
                        h.getObject(5, LocalTime.class), optionalLong(h, 6), optionalLong(h, 7),
                        Optional.ofNullable(h.getString(8)), optionalLong(h, 9), optionalLong(h, 10).map(Money::cny),
                        Optional.ofNullable(h.getString(11)), Optional.ofNullable(h.getString(12)), List.of(),
                        optionalLong(h, 14), flags((String[]) h.getArray(15).getArray()),
                        Optional.ofNullable(h.getObject(16, LocalDate.class)))));
    }

    private static DocumentDraft withLines(DocumentDraft d, List<DraftLine> lines) {
        return d.withLines(lines);
    }

    private static Optional<Long> optionalLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? Optional.empty() : Optional.of(value);
    }

    private static DocumentDraft draft(InventoryDocumentsRecord h, List<DraftLine> lines) {
        return new DocumentDraft(DocumentKind.valueOf(h.getKind()), h.getDocDate(), h.getDocTime(),
                Optional.ofNullable(h.getWarehouseId()), Optional.ofNullable(h.getToWarehouseId()),
                Optional.ofNullable(h.getPurpose()), Optional.ofNullable(h.getRefDocumentId()),
                Optional.ofNullable(h.getAmount()).map(Money::cny), Optional.ofNullable(h.getBasis()),
                Optional.ofNullable(h.getNote()), lines, Optional.ofNullable(h.getSupplierId()), flags(h.getFlags()),
                Optional.ofNullable(h.getReversedOn()));
    }
}
