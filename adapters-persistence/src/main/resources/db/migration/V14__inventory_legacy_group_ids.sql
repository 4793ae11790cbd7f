-- Issue 3: V11 gave the SKUs of a ledger posted before groups existed one group named by the smallest SKU id.
-- The ledger reads a positive group id as the group of that one SKU (only merged groups, which have rows
-- here, are negative), so each such group gets a new negative id from the event sequence.
create temporary table legacy_groups on commit drop as
select tenant_id, group_id as old_id, -nextval('inventory_event_seq') as new_id
from (select distinct tenant_id, group_id from inventory_sku_groups where group_id > 0) g;

update inventory_sku_groups s set group_id = l.new_id
from legacy_groups l where s.tenant_id = l.tenant_id and s.group_id = l.old_id;

update inventory_group_events e set group_id = l.new_id
from legacy_groups l where e.tenant_id = l.tenant_id and e.group_id = l.old_id;

update inventory_group_heads h set group_id = l.new_id
from legacy_groups l where h.tenant_id = l.tenant_id and h.group_id = l.old_id;
