package io.xinling.persistence.accounting;

import io.xinling.domain.accounting.Provenance;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;
import org.jooq.DSLContext;

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
        int n = vouchers.stream().mapToInt(v -> v.lines().size()).sum();
        Long[] ids = new Long[n];
        Integer[] lineNo = new Integer[n];
        String[] dates = new String[n];
        String[] accounts = new String[n];
        String[] dimKeys = new String[n];
        String[] dims = new String[n];
        String[] summaries = new String[n];
        Long[] debits = new Long[n];
        Long[] credits = new Long[n];
        String[] fcCurrencies = new String[n];
        Long[] fcMinors = new Long[n];
        String[] fcRates = new String[n];
        int i = 0;
        for (Voucher v : vouchers) {
            int no = 1;
            for (VoucherLine line : v.lines()) {
                ids[i] = v.id().value();
                lineNo[i] = no++;
                dates[i] = v.date().toString();
                accounts[i] = line.account().value();
                dimKeys[i] = line.dimensions().key();
                dims[i] = Dims.json(line.dimensions()).data();
                summaries[i] = line.summary();
                debits[i] = line.debit().minor();
                credits[i] = line.credit().minor();
                if (line.foreign().isPresent()) {
                    fcCurrencies[i] = line.foreign().get().original().currency().getCurrencyCode();
                    fcMinors[i] = line.foreign().get().original().minor();
                    fcRates[i] = line.foreign().get().rate().toPlainString();
                }
                i++;
            }
        }
        dsl.execute("""
                insert into voucher_lines (tenant_id, voucher_id, line_no, voucher_date, account_code, dim_key, dims, summary,
                    debit_minor, credit_minor, fc_currency, fc_minor, fc_rate)
                select ?, * from unnest(?::bigint[], ?::int[], ?::text[]::date[], ?::text[], ?::text[], ?::text[]::jsonb[],
                    ?::text[], ?::bigint[], ?::bigint[], ?::text[], ?::bigint[], ?::text[]::numeric[])""",
                tenant.value(), ids, lineNo, dates, accounts, dimKeys, dims, summaries, debits, credits, fcCurrencies, fcMinors,
                fcRates);
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
