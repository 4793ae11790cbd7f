package io.xinling.persistence.accounting;

import io.xinling.application.accounting.GenerationMode;
import io.xinling.application.accounting.PostGeneratedVouchersUseCase.GeneratedVoucher;
import io.xinling.application.accounting.port.GenerationRepository;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.Provenance;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.persistence.common.Jdbc;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Voucher generation's state in PostgreSQL (V60): the mode, pending vouchers, lookups by source. */
public final class JooqGenerationRepository implements GenerationRepository {

    /**
     * A source's vouchers {@code v}, by the byte range of generation keys that start with its type and id (V73: the
     * unique index of generation keys serves this lookup); parameters {@link #sourceRange}.
     */
    private static final String BY_SOURCE =
            "v.generation_key >= ? and v.generation_key < ? and v.source_type = ? and v.source_id = ?";

    // Fixed SQL on JDBC (see Jdbc) for the statements every posted document runs.
    private static final String MODE = "select mode from voucher_generation_settings where tenant_id = ?";

    private final DSLContext dsl;
    private final Jdbc jdbc;

    public JooqGenerationRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.jdbc = new Jdbc(dsl);
    }

    @Override
    public GenerationMode mode(TenantId tenant) {
        return jdbc.query(MODE, rows -> rows.next() ? GenerationMode.valueOf(rows.getString(1)) : GenerationMode.ON_POSTING,
                tenant.value());
    }

    @Override
    public void setMode(TenantId tenant, GenerationMode mode) {
        dsl.execute("insert into voucher_generation_settings (tenant_id, mode) values (?, ?) "
                + "on conflict (tenant_id) do update set mode = excluded.mode", tenant.value(), mode.name());
    }

    @Override
    public void addPending(TenantId tenant, List<GeneratedVoucher> vouchers) {
        for (GeneratedVoucher g : vouchers) {
            Provenance p = g.provenance();
            dsl.execute("insert into voucher_generation_pending (tenant_id, generation_key, source_type, source_id, "
                            + "source_version, template_id, template_version, cost_version, content_hash, voucher_date, word, "
                            + "attachments, lines) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                            + "on conflict (tenant_id, generation_key) do nothing",
                    tenant.value(), p.generationKey(), p.sourceType(), p.sourceId(), p.sourceVersion(), p.templateId(),
                    p.templateVersion(), p.costVersion(), p.contentHash(), g.date(), g.word().label(), g.attachments(),
                    encode(g.lines()));
        }
    }

    @Override
    public List<GeneratedVoucher> pending(TenantId tenant, LocalDate from, LocalDate to) {
        return dsl.fetch("select * from voucher_generation_pending where tenant_id = ? and not summarised "
                        + "and voucher_date between ? and ? order by voucher_date, seq", tenant.value(), from, to)
                .map(JooqGenerationRepository::pending);
    }

    @Override
    public int countPending(TenantId tenant, LocalDate through) {
        return dsl.fetchOne("select count(*) from voucher_generation_pending where tenant_id = ? and not summarised "
                + "and voucher_date <= ?", tenant.value(), through).get(0, Integer.class);
    }

    @Override
    public void removePending(TenantId tenant, List<String> generationKeys) {
        if (!generationKeys.isEmpty()) {
            dsl.execute("delete from voucher_generation_pending where tenant_id = ? and generation_key = any(?)",
                    tenant.value(), generationKeys.toArray(String[]::new));
        }
    }

    @Override
    public void summarised(TenantId tenant, Map<String, Optional<VoucherId>> summaries) {
        summaries.forEach((key, voucher) -> dsl.execute("update voucher_generation_pending set summarised = true, "
                        + "summary_voucher_id = ? where tenant_id = ? and generation_key = ?",
                voucher.map(VoucherId::value).orElse(null), tenant.value(), key));
    }

    @Override
    public List<VoucherLine> linesBySource(TenantId tenant, String sourceType, String sourceId) {
        Object[] range = sourceRange(sourceType, sourceId);
        List<VoucherLine> out = new ArrayList<>(dsl.fetch("select l.summary, l.account_code, l.dim_key, l.debit_minor, "
                        + "l.credit_minor from voucher_lines l join vouchers v on v.tenant_id = l.tenant_id and "
                        + "v.voucher_id = l.voucher_id where v.tenant_id = ? and " + BY_SOURCE
                        + " order by l.voucher_id, l.line_no", tenant.value(), range[0], range[1], range[2], range[3])
                .map(r -> new VoucherLine(r.get(0, String.class), AccountCode.of(r.get(1, String.class)),
                        DimensionValues.fromKey(r.get(2, String.class)), Money.cny(r.get(3, Long.class)),
                        Money.cny(r.get(4, Long.class)))));
        dsl.fetch("select lines from voucher_generation_pending where tenant_id = ? and source_type = ? and source_id = ? "
                + "order by seq", tenant.value(), sourceType, sourceId).forEach(r -> out.addAll(decode(r.get(0, String.class))));
        return out;
    }

    /**
     * Per source id, the first voucher's key range ({@link #sourceRange} narrowed to source version 1 and cost version 0)
     * on the unique index of generation keys; the pending vouchers of batch mode likewise on theirs.
     */
    @Override
    public Map<String, Long> templateVersions(TenantId tenant, String sourceType, java.util.Collection<String> sourceIds) {
        String[] ids = sourceIds.toArray(String[]::new);
        Map<String, Long> out = new java.util.HashMap<>();
        dsl.fetch("select k.id, v.template_version from unnest(?::text[]) k(id) cross join lateral ("
                        + "select template_version from vouchers where tenant_id = ? and generation_key >= ? || k.id || '|1|0|' "
                        + "and generation_key < ? || k.id || '|1|0}' and source_type = ? and source_id = k.id "
                        + "order by generation_key limit 1) v "
                        + "union all select source_id, template_version from voucher_generation_pending where tenant_id = ? "
                        + "and source_type = ? and source_id = any(?::text[]) and source_version = 1 and cost_version = 0",
                        ids, tenant.value(), sourceType + "|", sourceType + "|", sourceType, tenant.value(), sourceType, ids)
                .forEach(r -> out.putIfAbsent(r.get(0, String.class), r.get(1, Long.class)));
        return out;
    }

    /**
     * The parameters of a lookup by source ({@link #BY_SOURCE}): generation keys from the prefix {@code type|id|} up to the
     * same prefix ending in '}' instead (the next byte after '|'), then the type and id themselves, since an id holding
     * '|' could share another source's prefix.
     */
    private static Object[] sourceRange(String sourceType, String sourceId) {
        String prefix = sourceType + "|" + sourceId;
        return new Object[] {prefix + "|", prefix + "}", sourceType, sourceId};
    }

    private static GeneratedVoucher pending(Record r) {
        Provenance p = new Provenance(r.get("source_type", String.class), r.get("source_id", String.class),
                r.get("source_version", Long.class), r.get("template_id", String.class),
                r.get("template_version", Long.class), r.get("cost_version", Long.class), r.get("content_hash", String.class));
        return new GeneratedVoucher(VoucherWord.fromLabel(r.get("word", String.class)).orElseThrow(),
                r.get("voucher_date", LocalDate.class), r.get("attachments", Integer.class),
                decode(r.get("lines", String.class)), p);
    }

    static String encode(List<VoucherLine> lines) {
        StringBuilder out = new StringBuilder();
        for (VoucherLine l : lines) {
            out.append(l.isDebit() ? 'D' : 'C').append('\t').append(l.account().value()).append('\t')
                    .append(l.dimensions().key()).append('\t').append((l.isDebit() ? l.debit() : l.credit()).minor())
                    .append('\t').append(l.summary().replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        return out.toString();
    }

    static List<VoucherLine> decode(String text) {
        List<VoucherLine> out = new ArrayList<>();
        for (String row : text.split("\n")) {
            if (row.isEmpty()) {
                continue;
            }
            String[] f = row.split("\t", 5);
            Money amount = Money.cny(Long.parseLong(f[3]));
            DimensionValues dims = DimensionValues.fromKey(f[2]);
            AccountCode account = AccountCode.of(f[1]);
            out.add(f[0].equals("D") ? VoucherLine.debit(f[4], account, dims, amount)
                    : VoucherLine.credit(f[4], account, dims, amount));
        }
        return out;
    }
}
