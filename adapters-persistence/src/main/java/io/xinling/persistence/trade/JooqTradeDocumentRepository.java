package io.xinling.persistence.trade;

import io.xinling.application.trade.TradeDocument;
import io.xinling.application.trade.TradeDraft;
import io.xinling.application.trade.TradeLine;
import io.xinling.application.trade.TradeStatus;
import io.xinling.application.trade.port.TradeDocumentRepository;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.PartnerId;
import io.xinling.application.trade.TradeKind;
import io.xinling.persistence.common.Jdbc;
import io.xinling.persistence.common.MonthlyCounters;
import io.xinling.persistence.jooq.tables.records.TradeDocumentsRecord;
import io.xinling.application.trade.TradePage;
import io.xinling.application.trade.TradeQuery;
import io.xinling.application.trade.TradeReminders;
import io.xinling.persistence.jooq.tables.records.TradeDocumentLinesRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.xinling.persistence.jooq.Tables.TRADE_DOCUMENTS;
import static io.xinling.persistence.jooq.Tables.TRADE_DOCUMENT_LINES;
import static io.xinling.persistence.jooq.Tables.TRADE_INVOICES;
import static io.xinling.persistence.jooq.Tables.TRADE_INVOICE_LINES;

/** Purchase and sales documents on PostgreSQL; the draft is rebuilt by hand in {@link TradeRows}. */
public final class JooqTradeDocumentRepository implements TradeDocumentRepository {

    /** The lines of a draft, one row per element of the arrays {@link #lineArrays} gives, numbered from 1 in order. */
    private static final String LINE_ARRAYS = """
            unnest(?::bigint[], ?::text[]::numeric[], ?::text[], ?::text[]::numeric[], ?::text[]::numeric[],
                ?::text[]::numeric[], ?::boolean[], ?::int[], ?::int[], ?::text[], ?::text[]::date[], ?::text[]::date[],
                ?::text[]) with ordinality as r(sku, q, u, p, d, t, g, dl, ol, b, po, eo, sn, n)""";

    private static final String LINE_COLUMNS = """
            trade_document_lines (tenant_id, document_id, line_no, sku_id, quantity, unit, price, discount, tax_rate, gift,
                delivery_line, order_line, batch, produced_on, expires_on, serials)""";

    /** A document's lines in one fixed statement (see {@link Jdbc}). */
    private static final String INSERT_LINES = "insert into " + LINE_COLUMNS + "\nselect ?, ?, r.n, r.sku, r.q, r.u, r.p, r.d, "
            + "r.t, r.g, r.dl, r.ol, r.b, r.po, r.eo, r.sn\nfrom " + LINE_ARRAYS;

    /**
     * A new document and its lines in one round trip of fixed SQL, its id drawn in the statement: the lines' foreign key
     * is checked at the statement's end, when the document is there.
     */
    private static final String CREATE = """
            with d as (
                insert into trade_documents (tenant_id, document_id, number, kind, status, partner_id, warehouse_id, doc_date,
                    currency, exchange_rate, price_entry, order_discount_minor, delivery_id, order_id, note, created_at,
                    estimated)
                values (?, nextval('trade_document_id_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                returning tenant_id, document_id),
            l as (
                insert into\s""" + LINE_COLUMNS + """

                select d.tenant_id, d.document_id, r.n, r.sku, r.q, r.u, r.p, r.d, r.t, r.g, r.dl, r.ol, r.b, r.po, r.eo, r.sn
                from d, """ + LINE_ARRAYS + """
            )
            select document_id from d""";

    /**
     * A document and its lines in one round trip of fixed SQL (see {@link Jdbc}), every column of each table in the
     * order of jOOQ's generated fields, which read the rows back into its records without rendering any SQL.
     */
    private static final String FIND = "select " + Jdbc.columns(TRADE_DOCUMENTS) + " from trade_documents "
            + "where tenant_id = ? and document_id = ?;\n"
            + "select " + Jdbc.columns(TRADE_DOCUMENT_LINES) + " from trade_document_lines "
            + "where tenant_id = ? and document_id = ? order by line_no";
    /** Fixed SQL: every post of a document runs it. */
    private static final String MARK_POSTED = "update trade_documents set status = ?, gross_minor = ?, inventory_document_id = ?, "
            + "open_item_id = ?, posted_at = ? where tenant_id = ? and document_id = ?";
    /** {@link #FIND}, the document's row locked. */
    private static final String LOCK = FIND.replaceFirst(";\n", " for update;\n");
    /**
     * {@link #CREATE}, then the document as stored, read in the same round trip: the id is the one the insert just took
     * from the sequence on this connection ({@code currval}), and the reads, later statements, see the inserted rows.
     * {@code currval} is volatile: compared with each row it finds no index and reads the whole table, so each read takes
     * it once, in a subquery, and finds the rows by key.
     */
    static final String CREATE_READ = CREATE + ";\n"
            + FIND.replace("document_id = ?", "document_id = (select currval('trade_document_id_seq'))");

    private final DSLContext dsl;
    private final DSLContext numbers;
    private final Jdbc jdbc;

    /** Document numbers taken in the caller's transaction: the counter row stays locked until it commits. */
    public JooqTradeDocumentRepository(DSLContext dsl) {
        this(dsl, dsl);
    }

    /**
     * Document numbers taken through {@code numbers}, a context whose statements commit at once
     * ({@code Database.numbers()}), so a create-and-post does not hold its kind's counter row until it commits; a
     * creation that fails after taking its number leaves a gap.
     */
    public JooqTradeDocumentRepository(DSLContext dsl, DSLContext numbers) {
        this.dsl = dsl;
        this.numbers = numbers;
        this.jdbc = new Jdbc(dsl);
    }

    @Override
    public long create(TenantId tenant, TradeDraft d, Instant createdAt) {
        return jdbc.query(CREATE, rows -> {
            rows.next();
            return rows.getLong(1);
        }, createArgs(tenant, d, createdAt));
    }

    @Override
    public TradeDocument createHeld(TenantId tenant, TradeDraft d, Instant createdAt) {
        List<Object> found = jdbc.queries(CREATE_READ, List.of(rows -> null,
                rows -> dsl.fetch(rows, TRADE_DOCUMENTS.fields()).into(TRADE_DOCUMENTS),
                rows -> dsl.fetch(rows, TRADE_DOCUMENT_LINES.fields()).into(TRADE_DOCUMENT_LINES)),
                Jdbc.concat(createArgs(tenant, d, createdAt), new Object[] {tenant.value(), tenant.value()}));
        return document(found.get(1), found.get(2)).orElseThrow();
    }

    private Object[] createArgs(TenantId tenant, TradeDraft d, Instant createdAt) {
        LocalDate period = d.date().withDayOfMonth(1);
        int n = MonthlyCounters.TRADE_DOCUMENTS.next(numbers, tenant.value(), d.kind().name(), period);
        Object[] header = {tenant.value(), d.kind().number(period, n), d.kind().name(), TradeStatus.DRAFT.name(),
            d.partner().value(), d.warehouse(), d.date(), d.rate().currency().getCurrencyCode(), d.rate().rate(),
            d.entry().name(), d.orderDiscount().minor(), d.delivery().orElse(null), d.order().orElse(null),
            d.note().orElse(null), createdAt.atOffset(ZoneOffset.UTC), d.estimated()};
        return Jdbc.concat(header, lineArrays(d));
    }

    private void insertLines(TenantId tenant, long id, TradeDraft d) {
        if (d.lines().isEmpty()) {
            return;
        }
        jdbc.update(INSERT_LINES, Jdbc.concat(new Object[] {tenant.value(), id}, lineArrays(d)));
    }

    /** The columns of a draft's lines as arrays, in the order {@link #LINE_ARRAYS} takes them. */
    private static Object[] lineArrays(TradeDraft d) {
        int n = d.lines().size();
        Long[] sku = new Long[n];
        String[] quantity = new String[n];
        String[] unit = new String[n];
        String[] price = new String[n];
        String[] discount = new String[n];
        String[] taxRate = new String[n];
        Boolean[] gift = new Boolean[n];
        Integer[] deliveryLine = new Integer[n];
        Integer[] orderLine = new Integer[n];
        String[] batch = new String[n];
        String[] producedOn = new String[n];
        String[] expiresOn = new String[n];
        String[] serials = new String[n];
        for (int i = 0; i < n; i++) {
            TradeLine l = d.lines().get(i);
            sku[i] = l.input().sku();
            quantity[i] = l.input().quantity().value().toPlainString();
            unit[i] = l.unit();
            price[i] = l.input().price().value().toPlainString();
            discount[i] = l.input().discount().fraction().toPlainString();
            taxRate[i] = l.input().taxRate().rate().fraction().toPlainString();
            gift[i] = l.input().gift();
            deliveryLine[i] = l.deliveryLine().orElse(null);
            orderLine[i] = l.orderLine().orElse(null);
            batch[i] = l.stock().batch().orElse(null);
            producedOn[i] = l.stock().producedOn().map(Object::toString).orElse(null);
            expiresOn[i] = l.stock().expiresOn().map(Object::toString).orElse(null);
            serials[i] = l.stock().serials().isEmpty() ? null : String.join("\n", l.stock().serials());
        }
        return new Object[] {sku, quantity, unit, price, discount, taxRate, gift, deliveryLine, orderLine, batch,
            producedOn, expiresOn, serials};
    }

    @Override
    public void update(TenantId tenant, long id, TradeDraft d) {
        dsl.update(TRADE_DOCUMENTS)
                .set(TRADE_DOCUMENTS.PARTNER_ID, d.partner().value())
                .set(TRADE_DOCUMENTS.WAREHOUSE_ID, d.warehouse())
                .set(TRADE_DOCUMENTS.DOC_DATE, d.date())
                .set(TRADE_DOCUMENTS.CURRENCY, d.rate().currency().getCurrencyCode())
                .set(TRADE_DOCUMENTS.EXCHANGE_RATE, d.rate().rate())
                .set(TRADE_DOCUMENTS.PRICE_ENTRY, d.entry().name())
                .set(TRADE_DOCUMENTS.ORDER_DISCOUNT_MINOR, d.orderDiscount().minor())
                .set(TRADE_DOCUMENTS.DELIVERY_ID, d.delivery().orElse(null))
                .set(TRADE_DOCUMENTS.ORDER_ID, d.order().orElse(null))
                .set(TRADE_DOCUMENTS.NOTE, d.note().orElse(null))
                .set(TRADE_DOCUMENTS.ESTIMATED, d.estimated())
                .where(key(tenant, id))
                .execute();
        dsl.deleteFrom(TRADE_DOCUMENT_LINES)
                .where(TRADE_DOCUMENT_LINES.TENANT_ID.eq(tenant.value()), TRADE_DOCUMENT_LINES.DOCUMENT_ID.eq(id))
                .execute();
        insertLines(tenant, id, d);
    }

    @Override
    public void markCancelled(TenantId tenant, long id, Optional<Long> reversalItem, Instant cancelledAt) {
        dsl.update(TRADE_DOCUMENTS)
                .set(TRADE_DOCUMENTS.STATUS, TradeStatus.CANCELLED.name())
                .set(TRADE_DOCUMENTS.REVERSAL_ITEM_ID, reversalItem.orElse(null))
                .set(TRADE_DOCUMENTS.CANCELLED_AT, cancelledAt.atOffset(ZoneOffset.UTC))
                .where(key(tenant, id))
                .execute();
    }

    @Override
    public List<TradeDocument> postedReturnsOf(TenantId tenant, long source) {
        return withLines(tenant, dsl.selectFrom(TRADE_DOCUMENTS)
                .where(TRADE_DOCUMENTS.TENANT_ID.eq(tenant.value()), TRADE_DOCUMENTS.DELIVERY_ID.eq(source),
                        TRADE_DOCUMENTS.STATUS.eq(TradeStatus.POSTED.name()))
                .orderBy(TRADE_DOCUMENTS.DOCUMENT_ID)
                .fetch());
    }

    @Override
    public TradePage<TradeDocument> list(TenantId tenant, TradeQuery q) {
        List<Condition> where = new ArrayList<>();
        where.add(TRADE_DOCUMENTS.TENANT_ID.eq(tenant.value()));
        where.add(TRADE_DOCUMENTS.KIND.eq(q.kind().name()));
        q.partner().ifPresent(p -> where.add(TRADE_DOCUMENTS.PARTNER_ID.eq(p.value())));
        q.status().ifPresent(st -> where.add(TRADE_DOCUMENTS.STATUS.eq(st.name())));
        q.from().ifPresent(d -> where.add(TRADE_DOCUMENTS.DOC_DATE.ge(d)));
        q.to().ifPresent(d -> where.add(TRADE_DOCUMENTS.DOC_DATE.le(d)));
        q.warehouse().ifPresent(w -> where.add(TRADE_DOCUMENTS.WAREHOUSE_ID.eq(w)));
        q.number().ifPresent(n -> where.add(TRADE_DOCUMENTS.NUMBER.eq(n)));
        int total = dsl.fetchCount(TRADE_DOCUMENTS, where);
        var rows = dsl.selectFrom(TRADE_DOCUMENTS).where(where)
                .orderBy(TRADE_DOCUMENTS.DOC_DATE.desc(), TRADE_DOCUMENTS.DOCUMENT_ID.desc())
                .limit(q.limit()).offset(q.offset())
                .fetch();
        return new TradePage<>(withLines(tenant, rows), total, q.limit(), q.offset());
    }

    @Override
    public TradeReminders.Waiting waiting(TenantId tenant, Set<TradeKind> kinds, Set<TradeStatus> statuses, int limit) {
        Condition where = TRADE_DOCUMENTS.TENANT_ID.eq(tenant.value())
                .and(TRADE_DOCUMENTS.KIND.in(kinds.stream().map(Enum::name).toList()))
                .and(TRADE_DOCUMENTS.STATUS.in(statuses.stream().map(Enum::name).toList()));
        int count = dsl.fetchCount(TRADE_DOCUMENTS, where);
        List<Long> ids = dsl.select(TRADE_DOCUMENTS.DOCUMENT_ID).from(TRADE_DOCUMENTS).where(where)
                .orderBy(TRADE_DOCUMENTS.DOC_DATE, TRADE_DOCUMENTS.DOCUMENT_ID).limit(limit)
                .fetch(TRADE_DOCUMENTS.DOCUMENT_ID);
        return new TradeReminders.Waiting(count, ids);
    }

    @Override
    public TradeReminders.Waiting toInvoice(TenantId tenant, Set<TradeKind> kinds, int limit) {
        Condition where = TRADE_DOCUMENTS.TENANT_ID.eq(tenant.value()).and(TRADE_DOCUMENTS.KIND.in(kinds.stream().map(Enum::name).toList()))
                .and(TRADE_DOCUMENTS.STATUS.eq(TradeStatus.POSTED.name()))
                .and(TRADE_DOCUMENTS.INVOICED_MINOR.lt(TRADE_DOCUMENTS.GROSS_MINOR)
                        .or(TRADE_DOCUMENTS.GROSS_MINOR.isNull().and(TRADE_DOCUMENTS.INVOICED_MINOR.eq(0L))));
        int count = dsl.fetchCount(TRADE_DOCUMENTS, where);
        List<Long> ids = dsl.select(TRADE_DOCUMENTS.DOCUMENT_ID).from(TRADE_DOCUMENTS).where(where)
                .orderBy(TRADE_DOCUMENTS.DOC_DATE, TRADE_DOCUMENTS.DOCUMENT_ID).limit(limit)
                .fetch(TRADE_DOCUMENTS.DOCUMENT_ID);
        return new TradeReminders.Waiting(count, ids);
    }

    @Override
    public TradePage<TradeDocument> openEstimates(TenantId tenant, LocalDate through, int limit) {
        // a line of the receipt with something estimated (not a gift at zero, not wholly discounted) that no live
        // supplier invoice covers
        Condition lineOpen = DSL.exists(DSL.selectOne().from(TRADE_DOCUMENT_LINES)
                .where(TRADE_DOCUMENT_LINES.TENANT_ID.eq(TRADE_DOCUMENTS.TENANT_ID),
                        TRADE_DOCUMENT_LINES.DOCUMENT_ID.eq(TRADE_DOCUMENTS.DOCUMENT_ID),
                        TRADE_DOCUMENT_LINES.PRICE.gt(java.math.BigDecimal.ZERO),
                        TRADE_DOCUMENT_LINES.DISCOUNT.lt(java.math.BigDecimal.ONE),
                        DSL.notExists(DSL.selectOne().from(TRADE_INVOICE_LINES).join(TRADE_INVOICES)
                                .on(TRADE_INVOICES.TENANT_ID.eq(TRADE_INVOICE_LINES.TENANT_ID),
                                        TRADE_INVOICES.INVOICE_ID.eq(TRADE_INVOICE_LINES.INVOICE_ID))
                                .where(TRADE_INVOICES.TENANT_ID.eq(TRADE_DOCUMENTS.TENANT_ID),
                                        TRADE_INVOICES.DOCUMENT_ID.eq(TRADE_DOCUMENTS.DOCUMENT_ID),
                                        TRADE_INVOICES.VOIDED_AT.isNull(),
                                        TRADE_INVOICE_LINES.LINE_NO.eq(TRADE_DOCUMENT_LINES.LINE_NO)))));
        Condition where = TRADE_DOCUMENTS.TENANT_ID.eq(tenant.value()).and(TRADE_DOCUMENTS.ESTIMATED.isTrue())
                .and(TRADE_DOCUMENTS.STATUS.eq(TradeStatus.POSTED.name())).and(TRADE_DOCUMENTS.DOC_DATE.le(through))
                .and(lineOpen);
        int count = dsl.fetchCount(TRADE_DOCUMENTS, where);
        var rows = dsl.selectFrom(TRADE_DOCUMENTS).where(where)
                .orderBy(TRADE_DOCUMENTS.DOC_DATE, TRADE_DOCUMENTS.DOCUMENT_ID).limit(limit).fetch();
        return new TradePage<>(withLines(tenant, rows), count, limit, 0);
    }

    /** The documents with their lines, read in one query, in the order given. */
    private List<TradeDocument> withLines(TenantId tenant, List<TradeDocumentsRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TradeDocumentLinesRecord>> lines = new HashMap<>();
        dsl.selectFrom(TRADE_DOCUMENT_LINES)
                .where(TRADE_DOCUMENT_LINES.TENANT_ID.eq(tenant.value()),
                        TRADE_DOCUMENT_LINES.DOCUMENT_ID.in(rows.stream().map(TradeDocumentsRecord::getDocumentId).toList()))
                .orderBy(TRADE_DOCUMENT_LINES.DOCUMENT_ID, TRADE_DOCUMENT_LINES.LINE_NO)
                .fetch()
                .forEach(l -> lines.computeIfAbsent(l.getDocumentId(), k -> new ArrayList<>()).add(l));
        return rows.stream().map(r -> TradeRows.toDocument(r, lines.getOrDefault(r.getDocumentId(), List.of()))).toList();
    }

    @Override
    public Optional<TradeDocument> find(TenantId tenant, long id) {
        return findOne(FIND, tenant, id);
    }

    @Override
    public Optional<TradeDocument> lock(TenantId tenant, long id) {
        return findOne(LOCK, tenant, id);
    }

    private Optional<TradeDocument> findOne(String sql, TenantId tenant, long id) {
        List<Object> found = jdbc.queries(sql, List.of(rows -> dsl.fetch(rows, TRADE_DOCUMENTS.fields()).into(TRADE_DOCUMENTS),
                rows -> dsl.fetch(rows, TRADE_DOCUMENT_LINES.fields()).into(TRADE_DOCUMENT_LINES)),
                tenant.value(), id, tenant.value(), id);
        return document(found.get(0), found.get(1));
    }

    @SuppressWarnings("unchecked")
    private static Optional<TradeDocument> document(Object documents, Object lines) {
        return ((List<TradeDocumentsRecord>) documents).stream().findFirst()
                .map(r -> TradeRows.toDocument(r, (List<TradeDocumentLinesRecord>) lines));
    }

    @Override
    public List<TradeDocument> openSalesOrders(TenantId tenant, PartnerId customer) {
        return dsl.selectFrom(TRADE_DOCUMENTS)
                .where(TRADE_DOCUMENTS.TENANT_ID.eq(tenant.value()), TRADE_DOCUMENTS.PARTNER_ID.eq(customer.value()),
                        TRADE_DOCUMENTS.KIND.eq(TradeKind.SALES_ORDER.name()),
                        TRADE_DOCUMENTS.STATUS.in(TradeStatus.APPROVED.name(), TradeStatus.PARTIALLY_DELIVERED.name()))
                .orderBy(TRADE_DOCUMENTS.DOCUMENT_ID)
                .fetch(r -> withLines(tenant, r));
    }

    @Override
    public void setStatus(TenantId tenant, long id, TradeStatus status) {
        dsl.update(TRADE_DOCUMENTS).set(TRADE_DOCUMENTS.STATUS, status.name()).where(key(tenant, id)).execute();
    }

    @Override
    public List<Quantity> fulfilled(TenantId tenant, long order) {
        return dsl.select(TRADE_DOCUMENT_LINES.FULFILLED).from(TRADE_DOCUMENT_LINES)
                .where(TRADE_DOCUMENT_LINES.TENANT_ID.eq(tenant.value()), TRADE_DOCUMENT_LINES.DOCUMENT_ID.eq(order))
                .orderBy(TRADE_DOCUMENT_LINES.LINE_NO)
                .fetch(r -> new Quantity(r.value1()));
    }

    @Override
    public void addFulfilled(TenantId tenant, long order, int line, Quantity quantity) {
        dsl.update(TRADE_DOCUMENT_LINES)
                .set(TRADE_DOCUMENT_LINES.FULFILLED, TRADE_DOCUMENT_LINES.FULFILLED.plus(quantity.value()))
                .where(TRADE_DOCUMENT_LINES.TENANT_ID.eq(tenant.value()), TRADE_DOCUMENT_LINES.DOCUMENT_ID.eq(order),
                        TRADE_DOCUMENT_LINES.LINE_NO.eq(line))
                .execute();
    }

    @Override
    public void markPosted(TenantId tenant, long id, long inventoryDocument, Optional<Long> openItem, Money gross,
                           Instant postedAt) {
        jdbc.later(MARK_POSTED, TradeStatus.POSTED.name(), gross.minor(), inventoryDocument, openItem.orElse(null),
                postedAt.atOffset(ZoneOffset.UTC), tenant.value(), id);
    }

    private TradeDocument withLines(TenantId tenant, TradeDocumentsRecord r) {
        var lines = dsl.selectFrom(TRADE_DOCUMENT_LINES)
                .where(TRADE_DOCUMENT_LINES.TENANT_ID.eq(tenant.value()),
                        TRADE_DOCUMENT_LINES.DOCUMENT_ID.eq(r.getDocumentId()))
                .orderBy(TRADE_DOCUMENT_LINES.LINE_NO)
                .fetch();
        return TradeRows.toDocument(r, lines);
    }

    private static org.jooq.Condition key(TenantId tenant, long id) {
        return TRADE_DOCUMENTS.TENANT_ID.eq(tenant.value()).and(TRADE_DOCUMENTS.DOCUMENT_ID.eq(id));
    }
}
