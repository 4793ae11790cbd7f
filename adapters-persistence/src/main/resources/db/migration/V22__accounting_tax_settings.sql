-- Books settings for the VAT return and the period-end vouchers: the taxpayer kind (一般纳税人 / 小规模纳税人) and
-- the location that fixes the 城市维护建设税 rate (市区 7%, 县城镇 5%, 其他 1%).
alter table accounting_books
    add column taxpayer_kind text not null default 'GENERAL' check (taxpayer_kind in ('GENERAL', 'SMALL_SCALE')),
    add column tax_location  text not null default 'URBAN' check (tax_location in ('URBAN', 'COUNTY', 'OTHER'));
