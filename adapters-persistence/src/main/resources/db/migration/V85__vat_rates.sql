-- VAT rates as dated data (spec 3.5): the rates a tenant's trade documents may use, each valid from a date
-- through an optional end date. A tenant's table is seeded with China's rates on first use (VatRates.CHINA).
create table vat_rates (
    tenant_id     bigint       not null references tenants (tenant_id),
    rate_percent  numeric(7,4) not null check (rate_percent >= 0 and rate_percent <= 100),
    valid_from    date         not null,
    valid_to      date,
    primary key (tenant_id, rate_percent, valid_from),
    check (valid_to is null or valid_to >= valid_from)
);
