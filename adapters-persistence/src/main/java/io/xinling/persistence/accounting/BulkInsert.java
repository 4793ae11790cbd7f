package io.xinling.persistence.accounting;

import io.xinling.domain.accounting.Provenance;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.util.List;
import java.util.function.Function;

/**
 * Vouchers and lines in two statements whatever their number: each column travels as one array and
 * PostgreSQL's {@code unnest} turns the arrays back into rows (far fewer bind values than multi-row VALUES).
 */
final class BulkInsert {

    private BulkInsert() {
    }

    static void vouchers(DSLContext dsl, TenantId tenant, List<Voucher> vouchers) {
        Function<Function<Provenance, Object>, Object[]> prov = f -> vouchers.stream()
                .map(v -> v.provenance().map(f).orElse(null)).toArray();
        dsl.execute("""
                insert into vouchers (tenant_id, voucher_id, period, word, number, voucher_date, attachments, status, origin,
                    preparer_id, reviewer_id, reversal_of, source_type, source_id, source_version, template_id,
                    template_version, cost_version, content_hash, generation_key)
                select ?, * from unnest(?::bigint[], ?::text[]::date[], ?::text[], ?::int[], ?::text[]::date[], ?::int[],
                    ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::text[],
                    ?::bigint[], ?::bigint[], ?::text[], ?::text[])""",
                tenant.value(),
                vouchers.stream().map(v -> v.id().value()).toArray(Long[]::new),
                vouchers.stream().map(v -> v.period().atDay(1).toString()).toArray(String[]::new),
                vouchers.stream().map(v -> v.word().label()).toArray(String[]::new),
                vouchers.stream().map(Voucher::number).toArray(Integer[]::new),
                vouchers.stream().map(v -> v.date().toString()).toArray(String[]::new),
                vouchers.stream().map(Voucher::attachments).toArray(Integer[]::new),
                vouchers.stream().map(v -> v.status().name()).toArray(String[]::new),
                vouchers.stream().map(v -> v.origin().name()).toArray(String[]::new),
                vouchers.stream().map(v -> v.preparer().value()).toArray(Long[]::new),
                vouchers.stream().map(v -> v.reviewer().map(UserId::value).orElse(null)).toArray(Long[]::new),
                vouchers.stream().map(v -> v.reversalOf().map(VoucherId::value).orElse(null)).toArray(Long[]::new),
                strings(prov.apply(Provenance::sourceType)), strings(prov.apply(Provenance::sourceId)),
                longs(prov.apply(Provenance::sourceVersion)), strings(prov.apply(Provenance::templateId)),
                longs(prov.apply(Provenance::templateVersion)), longs(prov.apply(Provenance::costVersion)),
                strings(prov.apply(Provenance::contentHash)), strings(prov.apply(Provenance::generationKey)));
        lines(dsl, tenant, vouchers);
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

    /** Runs {@code COPY table FROM STDIN} with {@code data} on the connection of the caller's transaction. */
    static void copy(DSLContext dsl, String table, CharSequence data) {
        dsl.connection(c -> {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try {
                copy.copyIn("copy " + table + " from stdin", new java.io.StringReader(data.toString()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
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

    private static String[] strings(Object[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] == null ? null : values[i].toString();
        }
        return out;
    }

    private static Long[] longs(Object[] values) {
        Long[] out = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (Long) values[i];
        }
        return out;
    }
}
