package io.xinling.web.accounting;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.xinling.application.accounting.GenerateVouchersUseCase;
import io.xinling.application.accounting.GenerateVouchersUseCase.GenerateCommand;
import io.xinling.application.accounting.GenerationMode;
import io.xinling.application.tenancy.Principal;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.kernel.TenantId;
import io.xinling.web.RouteModule;
import io.xinling.web.common.ApiException;
import io.xinling.web.common.Http;

import java.time.LocalDate;
import java.util.List;

/**
 * 生成凭证 (3.4): the tenant's generation mode (on posting, or batch) and generating what batch mode left
 * pending over a date range, one voucher per source or summarised per document type and day.
 */
public final class VoucherGenerationRoutes implements RouteModule {

    record SettingsRequest(String mode) {
    }

    record GenerateRequest(LocalDate from, LocalDate to, Boolean summarise) {
    }

    record GenerationResponse(String mode, int pending) {
    }

    record GenerateResponse(int generated, List<AccountingDtos.VoucherResponse> vouchers) {
    }

    private final GenerateVouchersUseCase generation;

    public VoucherGenerationRoutes(GenerateVouchersUseCase generation) {
        this.generation = generation;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(AccountingRoutes.BASE + "/generation", this::settings, AccountingRoutes.READ);
        routes.post(AccountingRoutes.BASE + "/generation/settings", this::setMode, AccountingRoutes.WRITE);
        routes.post(AccountingRoutes.BASE + "/vouchers/generate", this::generate, AccountingRoutes.WRITE);
    }

    private void settings(Context ctx) {
        Http.json(ctx, 200, response(Http.principal(ctx).tenant()));
    }

    private void setMode(Context ctx) {
        SettingsRequest r = Http.body(ctx, SettingsRequest.class);
        GenerationMode mode = GenerationMode.fromWire(r.mode() == null ? "" : r.mode())
                .orElseThrow(() -> ApiException.unprocessable("mode", "on-posting or batch"));
        TenantId tenant = Http.principal(ctx).tenant();
        generation.setMode(tenant, mode);
        Http.json(ctx, 200, response(tenant));
    }

    private void generate(Context ctx) {
        GenerateRequest r = Http.body(ctx, GenerateRequest.class);
        if (r.from() == null || r.to() == null) {
            throw ApiException.unprocessable(r.from() == null ? "from" : "to", "a date is required");
        }
        Principal p = Http.principal(ctx);
        Http.reply(ctx, generation.generate(new GenerateCommand(p.tenant(), p.user(), r.from(), r.to(),
                Boolean.TRUE.equals(r.summarise()))), 200, VoucherGenerationRoutes::generated);
    }

    private GenerationResponse response(TenantId tenant) {
        return new GenerationResponse(generation.mode(tenant).wire(), generation.pending(tenant, LocalDate.of(9999, 12, 31)));
    }

    private static GenerateResponse generated(List<Voucher> vouchers) {
        return new GenerateResponse(vouchers.size(), vouchers.stream().map(AccountingDtos::voucher).toList());
    }
}
