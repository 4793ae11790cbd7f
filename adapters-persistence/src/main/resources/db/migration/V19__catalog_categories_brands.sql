-- Issue 3: the category tree and brands of the catalog; products get names in several languages, a
-- brand and images. A product's category is optional: rows written before this migration named the
-- placeholder 1, which no category has, so they become uncategorised.

create table categories (
    tenant_id        bigint not null references tenants (tenant_id),
    category_id      bigint not null default nextval('catalog_id_seq'),
    code             text   not null,
    parent_id        bigint,
    default_language text   not null,
    names            jsonb  not null,
    primary key (tenant_id, category_id),
    unique (tenant_id, code),
    foreign key (tenant_id, parent_id) references categories (tenant_id, category_id)
);

create table brands (
    tenant_id        bigint not null references tenants (tenant_id),
    brand_id         bigint not null default nextval('catalog_id_seq'),
    code             text   not null,
    default_language text   not null,
    names            jsonb  not null,
    primary key (tenant_id, brand_id),
    unique (tenant_id, code)
);

alter table products alter column category_id drop not null;
update products set category_id = null;
alter table products
    add column brand_id         bigint,
    add column default_language text  not null default 'zh-CN',
    add column names            jsonb,
    add column images           jsonb not null default '[]',
    add foreign key (tenant_id, category_id) references categories (tenant_id, category_id),
    add foreign key (tenant_id, brand_id) references brands (tenant_id, brand_id);
update products set names = jsonb_build_object('zh-CN', name);
alter table products alter column names set not null;
