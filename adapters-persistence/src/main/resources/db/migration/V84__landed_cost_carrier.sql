-- A landed-cost document may name the carrier (supplier partner) it owes: its payable and open item go to it.
alter table inventory_documents add column supplier_id bigint;
alter table inventory_documents add constraint inventory_documents_supplier_fk
    foreign key (tenant_id, supplier_id) references partners (tenant_id, partner_id);
