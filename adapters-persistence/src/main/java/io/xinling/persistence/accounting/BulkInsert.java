package io.xinling.persistence.accounting;

import io.xinling.domain.accounting.ForeignAmount;
import io.xinling.domain.accounting.Provenance;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;
import io.xinling.persistence.common.BinaryCopy;
import io.xinling.persistence.common.Jdbc;
import org.jooq.DSLContext;

import java.util.List;

/**
 * Vouchers and lines on the connection of the caller's transaction. A batch goes in two {@code COPY ... FROM STDIN} in
 * binary format ({@link BinaryCopy}): no bind values, no per-row statement, no arrays to build and parse. A few
 * vouchers (a document posted one at a time) go in one fixed statement whose columns travel as arrays: a COPY takes two
 * round trips, and in a profile of single-document posting each COPY cost more time in PostgreSQL (about 2-3 ms) than
 * any other statement.
 */
final class BulkInsert {

    /** Up to this many vouchers go in one statement rather than two COPYs. */
    static final int FEW = 16;

    private static final String INSERT_FEW = """
            with h as (
                insert into vouchers (tenant_id, voucher_id, period, word, number, voucher_date, attachments, status, origin,
                    preparer_id, reviewer_id, reversal_of, source_type, source_id, source_version, template_id,
                    template_version, cost_version, content_hash, generation_key)
                select ?, * from unnest(?::bigint[], ?::text[]::date[], ?::text[], ?::int[], ?::text[]::date[], ?::int[],
                    ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::text[],
                    ?::bigint[], ?::bigint[], ?::text[], ?::text[]))
            insert into voucher_lines (tenant_id, voucher_id, line_no, voucher_date, account_code, dim_key, dims, summary,
                debit_minor, credit_minor, fc_currency, fc_minor, fc_rate)
            select ?, * from unnest(?::bigint[], ?::int[], ?::text[]::date[], ?::text[], ?::text[], ?::text[]::jsonb[],
                ?::text[], ?::bigint[], ?::bigint[], ?::text[], ?::bigint[], ?::text[]::numeric[])""";

    private BulkInsert() {
    }

    static void vouchers(DSLContext dsl, TenantId tenant, List<Voucher> vouchers) {
        if (vouchers.size() <= FEW) {
            few(dsl, tenant, vouchers);
            return;
        }
        BinaryCopy data = new BinaryCopy(vouchers.size() * 200);
        long tenantId = tenant.value();
        for (Voucher v : vouchers) {
            Provenance p = v.provenance().orElse(null);
            data.row(20).int8(tenantId).int8(v.id().value()).date(v.period().atDay(1)).text(v.word().label())
                    .int4(v.number()).date(v.date()).int4(v.attachments()).text(v.status().name()).text(v.origin().name())
                    .int8(v.preparer().value()).int8(v.reviewer().map(UserId::value).orElse(null))
                    .int8(v.reversalOf().map(VoucherId::value).orElse(null));
            if (p == null) {
                data.nul().nul().nul().nul().nul().nul().nul().nul();
            } else {
                data.text(p.sourceType()).text(p.sourceId()).int8(p.sourceVersion()).text(p.templateId())
                        .int8(p.templateVersion()).int8(p.costVersion()).text(p.contentHash()).text(p.generationKey());
            }
        }
        copy(dsl, "vouchers (tenant_id, voucher_id, period, word, number, voucher_date, attachments, status, origin, "
                + "preparer_id, reviewer_id, reversal_of, source_type, source_id, source_version, template_id, "
                + "template_version, cost_version, content_hash, generation_key)", data);
        lines(dsl, tenant, vouchers);
    }

    private static void few(DSLContext dsl, TenantId tenant, List<Voucher> vouchers) {
        int n = vouchers.size();
        Long[] ids = new Long[n];
        String[] periods = new String[n];
        String[] words = new String[n];
        Integer[] numbers = new Integer[n];
        String[] dates = new String[n];
        Integer[] attachments = new Integer[n];
        String[] statuses = new String[n];
        String[] origins = new String[n];
        Long[] preparers = new Long[n];
        Long[] reviewers = new Long[n];
        Long[] reversals = new Long[n];
        String[] sourceTypes = new String[n];
        String[] sourceIds = new String[n];
        Long[] sourceVersions = new Long[n];
        String[] templateIds = new String[n];
        Long[] templateVersions = new Long[n];
        Long[] costVersions = new Long[n];
        String[] hashes = new String[n];
        String[] keys = new String[n];
        int lines = 0;
        for (int i = 0; i < n; i++) {
            Voucher v = vouchers.get(i);
            ids[i] = v.id().value();
            periods[i] = v.period().atDay(1).toString();
            words[i] = v.word().label();
            numbers[i] = v.number();
            dates[i] = v.date().toString();
            attachments[i] = v.attachments();
            statuses[i] = v.status().name();
            origins[i] = v.origin().name();
            preparers[i] = v.preparer().value();
            reviewers[i] = v.reviewer().map(UserId::value).orElse(null);
            reversals[i] = v.reversalOf().map(VoucherId::value).orElse(null);
            Provenance p = v.provenance().orElse(null);
            if (p != null) {
                sourceTypes[i] = p.sourceType();
                sourceIds[i] = p.sourceId();
                sourceVersions[i] = p.sourceVersion();
                templateIds[i] = p.templateId();
                templateVersions[i] = p.templateVersion();
                costVersions[i] = p.costVersion();
                hashes[i] = p.contentHash();
                keys[i] = p.generationKey();
            }
            lines += v.lines().size();
        }
        Long[] lineVoucher = new Long[lines];
        Integer[] lineNo = new Integer[lines];
        String[] lineDate = new String[lines];
        String[] account = new String[lines];
        String[] dimKey = new String[lines];
        String[] dims = new String[lines];
        String[] summary = new String[lines];
        Long[] debit = new Long[lines];
        Long[] credit = new Long[lines];
        String[] fcCurrency = new String[lines];
        Long[] fcMinor = new Long[lines];
        String[] fcRate = new String[lines];
        int j = 0;
        for (int i = 0; i < n; i++) {
            Voucher v = vouchers.get(i);
            int no = 1;
            for (VoucherLine line : v.lines()) {
                lineVoucher[j] = ids[i];
                lineNo[j] = no++;
                lineDate[j] = dates[i];
                account[j] = line.account().value();
                dimKey[j] = line.dimensions().key();
                dims[j] = line.dimensions().isEmpty() ? "{}" : Dims.json(line.dimensions()).data();
                summary[j] = line.summary();
                debit[j] = line.debit().minor();
                credit[j] = line.credit().minor();
                if (line.foreign().isPresent()) {
                    fcCurrency[j] = line.foreign().get().original().currency().getCurrencyCode();
                    fcMinor[j] = line.foreign().get().original().minor();
                    fcRate[j] = line.foreign().get().rate().toPlainString();
                }
                j++;
            }
        }
        new Jdbc(dsl).later(INSERT_FEW, tenant.value(), ids, periods, words, numbers, dates, attachments, statuses, origins,
                preparers, reviewers, reversals, sourceTypes, sourceIds, sourceVersions, templateIds, templateVersions,
                costVersions, hashes, keys, tenant.value(), lineVoucher, lineNo, lineDate, account, dimKey, dims, summary,
                debit, credit, fcCurrency, fcMinor, fcRate);
    }

    private static void lines(DSLContext dsl, TenantId tenant, List<Voucher> vouchers) {
        BinaryCopy data = new BinaryCopy(vouchers.size() * 4 * 90);
        long tenantId = tenant.value();
        for (Voucher v : vouchers) {
            int no = 1;
            long id = v.id().value();
            for (VoucherLine line : v.lines()) {
                String dims = line.dimensions().isEmpty() ? "{}" : Dims.json(line.dimensions()).data();
                data.row(13).int8(tenantId).int8(id).int4(no++).date(v.date()).text(line.account().value())
                        .text(line.dimensions().key()).jsonb(dims).text(line.summary()).int8(line.debit().minor())
                        .int8(line.credit().minor());
                if (line.foreign().isPresent()) {
                    ForeignAmount foreign = line.foreign().get();
                    data.text(foreign.original().currency().getCurrencyCode()).int8(foreign.original().minor())
                            .numeric(foreign.rate());
                } else {
                    data.nul().nul().nul();
                }
            }
        }
        copy(dsl, "voucher_lines (tenant_id, voucher_id, line_no, voucher_date, account_code, dim_key, dims, summary, "
                + "debit_minor, credit_minor, fc_currency, fc_minor, fc_rate)", data);
    }

    /** Runs {@code COPY table FROM STDIN (FORMAT binary)} with {@code data}, on the connection of the caller's transaction. */
    private static void copy(DSLContext dsl, String table, BinaryCopy data) {
        new Jdbc(dsl).copy(table, data);
    }
}
