-- 凭证模板 edited by a tenant (spec 3.4): each edit or reset of a built-in template is a new revision, version = the
-- previous + 1 (the first after the built-in's own version); the latest is the tenant's current template. Vouchers keep
-- the template version they were generated with in their provenance, so no revision is ever changed or deleted.
create table voucher_template_revisions (
    tenant_id   bigint      not null references accounting_books (tenant_id),
    template_id text        not null,
    version     bigint      not null,
    built_in    boolean     not null,
    summary     text        not null,
    accounts    text[]      not null,
    created_at  timestamptz not null,
    created_by  bigint      not null,
    primary key (tenant_id, template_id, version)
);

-- The version of the tenant's set of templates on the books row, which every posting reads under its shared lock
-- anyway: 0 while the tenant has edited none (generation then uses the built-in set and reads nothing more), else a
-- value from a sequence, given anew by every edit, so a node reuses the revisions it read while the value is unchanged
-- and never mistakes another set for them (a value seen in a transaction that rolled back is never handed out again).
create sequence voucher_template_set_seq;

alter table accounting_books add column templates_version bigint not null default 0;
