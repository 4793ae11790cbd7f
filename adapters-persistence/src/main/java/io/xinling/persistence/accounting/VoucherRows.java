package io.xinling.persistence.accounting;

import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.ForeignAmount;
import io.xinling.domain.accounting.Provenance;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherOrigin;
import io.xinling.domain.accounting.VoucherStatus;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;
import io.xinling.persistence.jooq.tables.records.VoucherLinesRecord;
import io.xinling.persistence.jooq.tables.records.VouchersRecord;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand mapping between vouchers and their rows. */
final class VoucherRows {

    private VoucherRows() {
    }

    static VouchersRecord header(DSLContext dsl, TenantId tenant, Voucher v) {
        VouchersRecord r = dsl.newRecord(io.xinling.persistence.jooq.Tables.VOUCHERS);
        r.setTenantId(tenant.value());
        r.setVoucherId(v.id().value());
        r.setPeriod(v.period().atDay(1));
        r.setWord(v.word().label());
        r.setNumber(v.number());
        r.setVoucherDate(v.date());
        r.setAttachments(v.attachments());
        r.setStatus(v.status().name());
        r.setOrigin(v.origin().name());
        r.setPreparerId(v.preparer().value());
        r.setReviewerId(v.reviewer().map(UserId::value).orElse(null));
        r.setReversalOf(v.reversalOf().map(VoucherId::value).orElse(null));
        v.provenance().ifPresent(p -> {
            r.setSourceType(p.sourceType());
            r.setSourceId(p.sourceId());
            r.setSourceVersion(p.sourceVersion());
            r.setTemplateId(p.templateId());
            r.setTemplateVersion(p.templateVersion());
            r.setCostVersion(p.costVersion());
            r.setContentHash(p.contentHash());
            r.setGenerationKey(p.generationKey());
        });
        return r;
    }

    static List<VoucherLinesRecord> lines(DSLContext dsl, TenantId tenant, Voucher v) {
        List<VoucherLinesRecord> rows = new java.util.ArrayList<>(v.lines().size());
        for (int i = 0; i < v.lines().size(); i++) {
            VoucherLine line = v.lines().get(i);
            VoucherLinesRecord r = dsl.newRecord(io.xinling.persistence.jooq.Tables.VOUCHER_LINES);
            r.setTenantId(tenant.value());
            r.setVoucherId(v.id().value());
            r.setLineNo(i + 1);
            r.setVoucherDate(v.date());
            r.setAccountCode(line.account().value());
            r.setDimKey(line.dimensions().key());
            r.setDims(Dims.json(line.dimensions()));
            r.setSummary(line.summary());
            r.setDebitMinor(line.debit().minor());
            r.setCreditMinor(line.credit().minor());
            line.foreign().ifPresent(f -> {
                r.setFcCurrency(f.original().currency().getCurrencyCode());
                r.setFcMinor(f.original().minor());
                r.setFcRate(f.rate());
            });
            rows.add(r);
        }
        return rows;
    }

    /** The columns {@link #lines(ResultSet)} reads, in order. */
    static final String LINE_COLUMNS = "summary, account_code, dim_key, debit_minor, credit_minor, fc_currency, fc_minor, fc_rate";

    /** The columns {@link #headers(ResultSet)} reads, in order. */
    static final String HEADER_COLUMNS = "voucher_id, word, number, voucher_date, attachments, status, origin, preparer_id, "
            + "reviewer_id, reversal_of, source_type, source_id, source_version, template_id, template_version, cost_version, "
            + "content_hash";

    static VoucherLine line(VoucherLinesRecord r) {
        return line(r.getSummary(), r.getAccountCode(), r.getDimKey(), r.getDebitMinor(), r.getCreditMinor(), r.getFcCurrency(),
                r.getFcMinor(), r.getFcRate());
    }

    /** The lines of a result of {@link #LINE_COLUMNS}. */
    static List<VoucherLine> lines(ResultSet r) throws SQLException {
        List<VoucherLine> out = new ArrayList<>();
        while (r.next()) {
            out.add(line(r, 1));
        }
        return out;
    }

    /** The lines of a result of {@code voucher_id, }{@link #LINE_COLUMNS}, by voucher id. */
    static Map<Long, List<VoucherLine>> linesByVoucher(ResultSet r) throws SQLException {
        Map<Long, List<VoucherLine>> out = new HashMap<>();
        while (r.next()) {
            out.computeIfAbsent(r.getLong(1), id -> new ArrayList<>(4)).add(line(r, 2));
        }
        return out;
    }

    /** The line of the current row of {@link #LINE_COLUMNS}, read from column {@code from} on. */
    private static VoucherLine line(ResultSet r, int from) throws SQLException {
        return line(r.getString(from), r.getString(from + 1), r.getString(from + 2), r.getLong(from + 3), r.getLong(from + 4),
                r.getString(from + 5), r.getObject(from + 6, Long.class), r.getBigDecimal(from + 7));
    }

    private static VoucherLine line(String summary, String account, String dimKey, long debit, long credit, String fcCurrency,
                                    Long fcMinor, BigDecimal fcRate) {
        Optional<ForeignAmount> foreign = Optional.ofNullable(fcCurrency).map(c -> new ForeignAmount(
                Money.of(fcMinor, java.util.Currency.getInstance(c)), fcRate.stripTrailingZeros()));
        return new VoucherLine(summary, AccountCode.of(account), DimensionValues.fromKey(dimKey), Money.cny(debit),
                Money.cny(credit), foreign);
    }

    /** A voucher's header columns, waiting for its lines. */
    record Header(long id, String word, int number, LocalDate date, int attachments, String status, String origin,
                  long preparer, Long reviewer, Long reversalOf, Optional<Provenance> provenance) {

        Voucher with(List<VoucherLine> lines) {
            return new Voucher(new VoucherId(id), VoucherWord.fromLabel(word).orElseThrow(), number, date, attachments,
                    VoucherStatus.valueOf(status), VoucherOrigin.valueOf(origin), new UserId(preparer),
                    Optional.ofNullable(reviewer).map(UserId::new), lines, Optional.ofNullable(reversalOf).map(VoucherId::new),
                    provenance);
        }
    }

    /** The headers of a result of {@link #HEADER_COLUMNS}. */
    static List<Header> headers(ResultSet r) throws SQLException {
        List<Header> out = new ArrayList<>(1);
        while (r.next()) {
            String sourceType = r.getString(11);
            Optional<Provenance> provenance = sourceType == null ? Optional.empty() : Optional.of(new Provenance(sourceType,
                    r.getString(12), r.getLong(13), r.getString(14), r.getLong(15), r.getLong(16), r.getString(17)));
            out.add(new Header(r.getLong(1), r.getString(2), r.getInt(3), r.getObject(4, LocalDate.class), r.getInt(5),
                    r.getString(6), r.getString(7), r.getLong(8), r.getObject(9, Long.class), r.getObject(10, Long.class),
                    provenance));
        }
        return out;
    }

    static Header header(VouchersRecord r) {
        Optional<Provenance> provenance = Optional.ofNullable(r.getSourceType()).map(type -> new Provenance(type,
                r.getSourceId(), r.getSourceVersion(), r.getTemplateId(), r.getTemplateVersion(), r.getCostVersion(),
                r.getContentHash()));
        return new Header(r.getVoucherId(), r.getWord(), r.getNumber(), r.getVoucherDate(), r.getAttachments(), r.getStatus(),
                r.getOrigin(), r.getPreparerId(), r.getReviewerId(), r.getReversalOf(), provenance);
    }

    static YearMonth period(java.time.LocalDate firstDay) {
        return YearMonth.from(firstDay);
    }
}
