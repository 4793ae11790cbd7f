package io.xinling.web.inventory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.xinling.application.inventory.InventorySettingsUseCases;
import io.xinling.application.inventory.InventorySettingsView;
import io.xinling.application.tenancy.Role;
import io.xinling.web.RouteModule;
import io.xinling.web.common.Http;
import io.xinling.web.common.RoleGate;

import java.util.Locale;

/** The tenant's inventory settings: anyone reads them, an admin changes them. */
public final class InventorySettingsRoutes implements RouteModule {

    private static final String PATH = "/api/v1/inventory/settings";

    private final InventorySettingsUseCases settings;

    public InventorySettingsRoutes(InventorySettingsUseCases settings) {
        this.settings = settings;
    }

    /** The settings as the API shows them. */
    public record SettingsDto(String costingScope, String scopeFrom, boolean allowNegativeStock,
                              String purchaseReturnCosting, boolean allowUnreferencedPurchaseReturn) {
    }

    /** A change; absent fields keep their value. */
    public record SettingsRequest(String costingScope, String scopeFrom, Boolean allowNegativeStock,
                                  String purchaseReturnCosting, Boolean allowUnreferencedPurchaseReturn) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> Http.json(ctx, 200, dto(settings.settings(Http.principal(ctx).tenant()))),
                RoleGate.anyTenantRole());
        routes.put(PATH, this::update, RoleGate.of(Role.ADMIN));
    }

    private void update(Context ctx) {
        SettingsRequest r = Http.body(ctx, SettingsRequest.class);
        Http.reply(ctx, settings.update(new InventorySettingsUseCases.Update(Http.principal(ctx).tenant(),
                r.costingScope(), r.scopeFrom(), r.allowNegativeStock(), r.purchaseReturnCosting(),
                r.allowUnreferencedPurchaseReturn())), 200, InventorySettingsRoutes::dto);
    }

    static SettingsDto dto(InventorySettingsView s) {
        return new SettingsDto(wire(s.costingScope()), s.scopeFrom().map(Object::toString).orElse(null),
                s.allowNegativeStock(), wire(s.purchaseReturnCosting()), s.allowUnreferencedPurchaseReturn());
    }

    private static String wire(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
