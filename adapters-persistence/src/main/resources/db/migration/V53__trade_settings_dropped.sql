-- Issue 4: "allow unreferenced purchase returns" is one of the tenant's inventory settings
-- (inventory_settings.allow_unreferenced_purchase_return); /api/v1/trade/settings reads and changes that one.
-- trade_settings (V52) held a second copy that nothing else read, and no release shipped it.
drop table trade_settings;
