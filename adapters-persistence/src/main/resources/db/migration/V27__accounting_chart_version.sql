-- The chart's version on the books row: every statement that inserts, changes or deletes accounts gives the tenant's
-- books a new value, in the same transaction (triggers, so no writer can forget). Posting reads the books row under its
-- shared lock anyway, so a node can reuse the chart it read before while the version is unchanged, and sees a change
-- made on any node at once. Values come from a sequence, so a version seen in a transaction that rolled back is never
-- handed out again for another chart.
create sequence chart_version_seq;

alter table accounting_books add column chart_version bigint not null default nextval('chart_version_seq');

create function accounts_chart_changed() returns trigger language plpgsql as $$
begin
    update accounting_books set chart_version = nextval('chart_version_seq')
    where tenant_id in (select distinct tenant_id from changed);
    return null;
end
$$;

create trigger accounts_inserted after insert on accounts referencing new table as changed
    for each statement execute function accounts_chart_changed();
create trigger accounts_updated after update on accounts referencing new table as changed
    for each statement execute function accounts_chart_changed();
create trigger accounts_deleted after delete on accounts referencing old table as changed
    for each statement execute function accounts_chart_changed();
