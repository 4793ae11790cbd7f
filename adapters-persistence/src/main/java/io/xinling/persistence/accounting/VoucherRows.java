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

import java.time.YearMonth;
import java.util.List;
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

    static VoucherLine line(VoucherLinesRecord r) {
        Optional<ForeignAmount> foreign = Optional.ofNullable(r.getFcCurrency()).map(c -> new ForeignAmount(
                Money.of(r.getFcMinor(), java.util.Currency.getInstance(c)), r.getFcRate().stripTrailingZeros()));
        return new VoucherLine(r.getSummary(), AccountCode.of(r.getAccountCode()), DimensionValues.fromKey(r.getDimKey()),
                Money.cny(r.getDebitMinor()), Money.cny(r.getCreditMinor()), foreign);
    }

    static Voucher voucher(VouchersRecord r, List<VoucherLine> lines) {
        Optional<Provenance> provenance = Optional.ofNullable(r.getSourceType()).map(type -> new Provenance(type,
                r.getSourceId(), r.getSourceVersion(), r.getTemplateId(), r.getTemplateVersion(), r.getCostVersion(),
                r.getContentHash()));
        return new Voucher(new VoucherId(r.getVoucherId()), VoucherWord.fromLabel(r.getWord()).orElseThrow(), r.getNumber(),
                r.getVoucherDate(), r.getAttachments(), VoucherStatus.valueOf(r.getStatus()), VoucherOrigin.valueOf(r.getOrigin()),
                new UserId(r.getPreparerId()), Optional.ofNullable(r.getReviewerId()).map(UserId::new), lines,
                Optional.ofNullable(r.getReversalOf()).map(VoucherId::new), provenance);
    }

    static YearMonth period(java.time.LocalDate firstDay) {
        return YearMonth.from(firstDay);
    }
}
