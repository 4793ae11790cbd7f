-- Issue 3: posting locks the SKU groups a document touches instead of one row per tenant.
-- A group is a set of SKUs whose costs depend on each other (assembly, disassembly and landed cost join
-- their SKUs' groups); a SKU without a row here is a group of its own, with its id as the group id.
-- Every post or cancel takes a number from inventory_event_seq while it holds the locks of its groups,
-- so within a group the numbers follow the commit order; each group replays its own events.

create sequence inventory_event_seq start with 1;

create table inventory_sku_groups (
    tenant_id bigint not null references tenants (tenant_id),
    sku_id    bigint not null,
    group_id  bigint not null,
    primary key (tenant_id, sku_id)
);

create index inventory_sku_groups_group on inventory_sku_groups (tenant_id, group_id);

-- Locked FOR UPDATE by every post and cancel touching the group; version = the group's last event.
create table inventory_group_heads (
    tenant_id bigint not null references tenants (tenant_id),
    group_id  bigint not null,
    version   bigint not null default 0,
    primary key (tenant_id, group_id)
);

create table inventory_group_events (
    tenant_id    bigint  not null,
    group_id     bigint  not null,
    seq          bigint  not null,
    document_id  bigint  not null,
    cancellation boolean not null,
    primary key (tenant_id, group_id, seq),
    foreign key (tenant_id, document_id) references inventory_documents (tenant_id, document_id)
);

-- Ledgers posted before groups existed: all SKUs of such a tenant form one group (the smallest SKU id),
-- which holds every earlier event in the old per-tenant version order.
insert into inventory_sku_groups (tenant_id, sku_id, group_id)
select s.tenant_id, s.sku_id, m.first_sku
from skus s
join (select tenant_id, min(sku_id) as first_sku from skus group by tenant_id) m on m.tenant_id = s.tenant_id
where exists (select 1 from inventory_documents d where d.tenant_id = s.tenant_id and d.posted_seq is not null);

insert into inventory_group_events (tenant_id, group_id, seq, document_id, cancellation)
select d.tenant_id, g.group_id, d.posted_seq, d.document_id, false
from inventory_documents d
join (select distinct tenant_id, group_id from inventory_sku_groups) g on g.tenant_id = d.tenant_id
where d.posted_seq is not null
union all
select d.tenant_id, g.group_id, d.cancelled_seq, d.document_id, true
from inventory_documents d
join (select distinct tenant_id, group_id from inventory_sku_groups) g on g.tenant_id = d.tenant_id
where d.cancelled_seq is not null;

insert into inventory_group_heads (tenant_id, group_id, version)
select tenant_id, group_id, max(seq) from inventory_group_events group by tenant_id, group_id;

select setval('inventory_event_seq', greatest(1, (select coalesce(max(seq), 0) from inventory_group_events)));

drop table inventory_ledger_heads;
