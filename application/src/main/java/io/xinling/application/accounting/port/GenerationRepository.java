package io.xinling.application.accounting.port;

import io.xinling.application.accounting.GenerationMode;
import io.xinling.application.accounting.PostGeneratedVouchersUseCase.GeneratedVoucher;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.kernel.TenantId;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Voucher generation's own state: the tenant's mode, the vouchers that batch mode left pending (kept after a
 * summary took them, so a later cancel still knows what its source booked), and lookups by source.
 */
public interface GenerationRepository {

    /**
     * For books wired without generation state (tests of the ledger alone): every tenant generates on
     * posting, nothing is pending, nothing is owned by a trade document, and no source is looked up.
     */
    GenerationRepository ON_POSTING_ONLY = new GenerationRepository() {
        @Override public GenerationMode mode(TenantId tenant) { return GenerationMode.ON_POSTING; }
        @Override public void setMode(TenantId tenant, GenerationMode mode) {
            throw new UnsupportedOperationException("these books generate on posting only");
        }
        @Override public void addPending(TenantId tenant, List<GeneratedVoucher> vouchers) {
            throw new UnsupportedOperationException("these books generate on posting only");
        }
        @Override public List<GeneratedVoucher> pending(TenantId tenant, LocalDate from, LocalDate to) { return List.of(); }
        @Override public int countPending(TenantId tenant, LocalDate through) { return 0; }
        @Override public void removePending(TenantId tenant, List<String> generationKeys) { }
        @Override public void summarised(TenantId tenant, Map<String, Optional<VoucherId>> summaries) { }
        @Override public List<VoucherLine> linesBySource(TenantId tenant, String sourceType, String sourceId) {
            throw new UnsupportedOperationException("these books keep no lookup by source");
        }
        @Override public Map<String, Long> templateVersions(TenantId tenant, String sourceType,
                                                            java.util.Collection<String> sourceIds) {
            return Map.of();
        }
    };

    GenerationMode mode(TenantId tenant);

    void setMode(TenantId tenant, GenerationMode mode);

    /** Adds pending vouchers; one whose generation key is pending already is left as it is. */
    void addPending(TenantId tenant, List<GeneratedVoucher> vouchers);

    /** Pending vouchers not yet generated, dated in {@code [from, to]}, in date and insertion order. */
    List<GeneratedVoucher> pending(TenantId tenant, LocalDate from, LocalDate to);

    int countPending(TenantId tenant, LocalDate through);

    /** Removes pending vouchers generated one by one (their vouchers now carry their source). */
    void removePending(TenantId tenant, List<String> generationKeys);

    /** Marks pending vouchers as taken into a summary voucher (none when the members net to nothing), by key. */
    void summarised(TenantId tenant, Map<String, Optional<VoucherId>> summaries);

    /** Every line a source booked: its generated vouchers and what batch mode holds of it (pending or summarised). */
    List<VoucherLine> linesBySource(TenantId tenant, String sourceType, String sourceId);

    /**
     * The template version of each source's first voucher (source version 1, cost version 0), posted or pending, by
     * source id; a source without one is left out.
     */
    Map<String, Long> templateVersions(TenantId tenant, String sourceType, java.util.Collection<String> sourceIds);
}
