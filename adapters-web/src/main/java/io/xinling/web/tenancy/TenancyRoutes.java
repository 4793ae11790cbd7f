package io.xinling.web.tenancy;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.xinling.application.tenancy.CreateTenantUseCase;
import io.xinling.application.tenancy.CreateTenantUseCase.CreateTenantCommand;
import io.xinling.application.tenancy.IssueApiKeyUseCase;
import io.xinling.application.tenancy.IssueApiKeyUseCase.IssueApiKeyCommand;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.application.tenancy.Principal;
import io.xinling.application.tenancy.Role;
import io.xinling.application.tenancy.Tenant;
import io.xinling.domain.kernel.TenantId;
import io.xinling.web.RouteModule;
import io.xinling.web.common.Http;
import io.xinling.web.common.Params;
import io.xinling.web.common.RoleGate;

import java.time.Instant;
import java.util.List;

/** Who am I, and the platform administration of tenants and their keys. */
public final class TenancyRoutes implements RouteModule {

    private final CreateTenantUseCase createTenant;
    private final IssueApiKeyUseCase issueApiKey;

    public TenancyRoutes(CreateTenantUseCase createTenant, IssueApiKeyUseCase issueApiKey) {
        this.createTenant = createTenant;
        this.issueApiKey = issueApiKey;
    }

    record MeResponse(long tenantId, long userId, String userName, List<String> roles) {
    }

    record CreateTenantRequest(String name) {
    }

    record TenantResponse(long id, String name, Instant createdAt) {
    }

    record IssueKeyRequest(String userName, List<String> roles) {
    }

    record IssuedKeyResponse(long tenantId, long userId, String userName, String key, String prefix, List<String> roles) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/me", this::me, RoleGate.anyone());
        routes.post("/api/v1/admin/tenants", this::createTenant, RoleGate.platformAdmin());
        routes.post("/api/v1/admin/tenants/{tenantId}/api-keys", this::issueKey, RoleGate.platformAdmin());
    }

    private void me(Context ctx) {
        Principal p = Http.principal(ctx);
        Http.json(ctx, 200, new MeResponse(p.tenant().value(), p.user().value(), p.userName(), wireNames(p.roles())));
    }

    private void createTenant(Context ctx) {
        CreateTenantRequest request = Http.body(ctx, CreateTenantRequest.class);
        Http.reply(ctx, createTenant.createTenant(new CreateTenantCommand(request.name())), 201, TenancyRoutes::toResponse);
    }

    private void issueKey(Context ctx) {
        TenantId tenant = new TenantId(Params.id(ctx, "tenantId"));
        IssueKeyRequest request = Http.body(ctx, IssueKeyRequest.class);
        Http.reply(ctx, issueApiKey.issueApiKey(new IssueApiKeyCommand(tenant, request.userName(), request.roles())),
                201, TenancyRoutes::toResponse);
    }

    private static TenantResponse toResponse(Tenant t) {
        return new TenantResponse(t.id().value(), t.name(), t.createdAt());
    }

    private static IssuedKeyResponse toResponse(IssuedKey k) {
        return new IssuedKeyResponse(k.tenant().value(), k.user().value(), k.userName(), k.key(), k.prefix(),
                wireNames(k.roles()));
    }

    private static List<String> wireNames(java.util.Set<Role> roles) {
        return roles.stream().map(Role::wireName).sorted().toList();
    }
}
