package io.xinling.persistence.accounting;

import io.xinling.domain.accounting.Provenance;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;
import io.xinling.persistence.common.Jdbc;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Vouchers and lines on the connection of the caller's transaction. A batch goes in two {@code COPY ... FROM STDIN}
 * (text format): no bind values, no per-row statement, no arrays to build and parse. A few vouchers (a document posted
 * one at a time) go in one fixed statement whose columns travel as arrays: a COPY takes two round trips, and in a
 * profile of single-document posting each COPY cost more time in PostgreSQL (about 2-3 ms) than any other statement.
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
        StringBuilder data = new StringBuilder(vouchers.size() * 160);
        String tenantId = Long.toString(tenant.value());
        for (Voucher v : vouchers) {
            data.append(tenantId).append('\t').append(v.id().value()).append('\t').append(v.period().atDay(1)).append('\t');
            copyText(data, v.word().label()).append('\t').append(v.number()).append('\t').append(v.date()).append('\t')
                    .append(v.attachments()).append('\t').append(v.status().name()).append('\t').append(v.origin().name())
                    .append('\t').append(v.preparer().value()).append('\t');
            copyValue(data, v.reviewer().map(UserId::value).orElse(null)).append('\t');
            copyValue(data, v.reversalOf().map(VoucherId::value).orElse(null)).append('\t');
            Provenance p = v.provenance().orElse(null);
            copyText(data, p == null ? null : p.sourceType()).append('\t');
            copyText(data, p == null ? null : p.sourceId()).append('\t');
            copyValue(data, p == null ? null : p.sourceVersion()).append('\t');
            copyText(data, p == null ? null : p.templateId()).append('\t');
            copyValue(data, p == null ? null : p.templateVersion()).append('\t');
            copyValue(data, p == null ? null : p.costVersion()).append('\t');
            copyText(data, p == null ? null : p.contentHash()).append('\t');
            copyText(data, p == null ? null : p.generationKey()).append('\n');
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
        new Jdbc(dsl).update(INSERT_FEW, tenant.value(), ids, periods, words, numbers, dates, attachments, statuses, origins,
                preparers, reviewers, reversals, sourceTypes, sourceIds, sourceVersions, templateIds, templateVersions,
                costVersions, hashes, keys, tenant.value(), lineVoucher, lineNo, lineDate, account, dimKey, dims, summary,
                debit, credit, fcCurrency, fcMinor, fcRate);
    }

    private static StringBuilder copyValue(StringBuilder out, Object value) {
        return value == null ? out.append("\\N") : out.append(value);
    }

    private static void lines(DSLContext dsl, TenantId tenant, List<Voucher> vouchers) {
        // COPY (text format) in the caller's transaction: no per-row statement, no array building and parsing.
        StringBuilder data = new StringBuilder(vouchers.size() * 4 * 80);
        String tenantId = Long.toString(tenant.value());
        for (Voucher v : vouchers) {
            int no = 1;
            String id = Long.toString(v.id().value());
            String date = v.date().toString();
            for (VoucherLine line : v.lines()) {
                data.append(tenantId).append('\t').append(id).append('\t').append(no++).append('\t').append(date).append('\t');
                copyText(data, line.account().value()).append('\t');
                copyText(data, line.dimensions().key()).append('\t');
                copyText(data, line.dimensions().isEmpty() ? "{}" : Dims.json(line.dimensions()).data()).append('\t');
                copyText(data, line.summary()).append('\t');
                data.append(line.debit().minor()).append('\t').append(line.credit().minor()).append('\t');
                if (line.foreign().isPresent()) {
                    copyText(data, line.foreign().get().original().currency().getCurrencyCode()).append('\t')
                            .append(line.foreign().get().original().minor()).append('\t')
                            .append(line.foreign().get().rate().toPlainString());
                } else {
                    data.append("\\N\t\\N\t\\N");
                }
                data.append('\n');
            }
        }
        copy(dsl, "voucher_lines (tenant_id, voucher_id, line_no, voucher_date, account_code, dim_key, dims, summary, "
                + "debit_minor, credit_minor, fc_currency, fc_minor, fc_rate)", data);
    }

    /**
     * Runs {@code COPY table FROM STDIN} with {@code data} on the connection of the caller's transaction, as one message of
     * its UTF-8 bytes ({@code CopyManager.copyIn} with a reader would allocate a 64K-char buffer per call, the largest
     * allocation of a single-voucher posting).
     */
    static void copy(DSLContext dsl, String table, CharSequence data) {
        dsl.connection(c -> {
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin");
            try {
                byte[] bytes = data.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
    }

    /** {@code text} as a COPY text-format field (null as {@code \N}). */
    static StringBuilder copyText(StringBuilder out, String text) {
        if (text == null) {
            return out.append("\\N");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }
}
