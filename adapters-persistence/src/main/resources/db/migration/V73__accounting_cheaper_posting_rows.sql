-- Posting throughput (voucher-post-batch): two per-row costs of writing voucher headers, measured by COPY of generated
-- batches of 500 into copies of the table (and in the benchmark: the COPY of a batch's headers took 24-26 ms, now 18).

-- 1. A generated voucher's key starts with its source: source type, '|', source id, '|' (Provenance.generationKey).
--    The unique index of generation keys therefore also finds a source's vouchers, by a byte range of keys (hence
--    collation "C": the range must be one of bytes, whatever the database's collation), and the separate index by
--    source (V60) goes: an index entry less per generated voucher (about 15% of the COPY of a batch's headers). Readers
--    recheck source type and id on the rows the range finds.
alter table vouchers alter column generation_key type text collate "C";
drop index vouchers_by_source;

-- 2. The preparer's foreign key checked each inserted voucher with its own lookup and row lock on users, about a
--    third of the COPY of a batch's headers. The same check now runs once per statement over all its new vouchers
--    (and on an update only where the preparer changes). Users are never deleted, so the key's lock on the user row,
--    which kept a referenced user from going away, protected nothing.
alter table vouchers drop constraint vouchers_tenant_id_preparer_id_fkey;

-- One function for both triggers: the statement trigger sees the new rows as "checked", the row trigger as "new".
create function vouchers_preparer_check() returns trigger language plpgsql as $$
declare
    missing boolean;
begin
    if tg_level = 'STATEMENT' then
        missing := exists (select 1 from checked v
                           where not exists (select 1 from users u where u.tenant_id = v.tenant_id and u.user_id = v.preparer_id));
    else
        missing := not exists (select 1 from users u where u.tenant_id = new.tenant_id and u.user_id = new.preparer_id);
    end if;
    if missing then
        raise foreign_key_violation using message = 'a voucher''s preparer must be a user of its tenant',
            constraint = 'vouchers_preparer';
    end if;
    return null;
end
$$;

create trigger vouchers_preparer_inserted after insert on vouchers referencing new table as checked
    for each statement execute function vouchers_preparer_check();
create trigger vouchers_preparer_changed after update of tenant_id, preparer_id on vouchers
    for each row when (old.tenant_id is distinct from new.tenant_id or old.preparer_id is distinct from new.preparer_id)
    execute function vouchers_preparer_check();
