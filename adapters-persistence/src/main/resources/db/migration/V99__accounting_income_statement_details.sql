-- The detail accounts the 利润表's 其中 lines read (spec 5.3, SmallEnterpriseChart) for books opened before the chart
-- had them: 560108 商品维修费, 560109 业务宣传费, 560208 开办费, 560209 研究费用 below 5601 / 5602, and the details of
-- 5301 营业外收入, 5403 税金及附加 and 5711 营业外支出. Vouchers only take leaf accounts, so a parent gets them only
-- where that keeps every voucher valid:
-- - 5601 and 5602 already have sub-accounts (560101…) in every chart: the missing details join them;
-- - 5301, 5403 and 5711 get theirs only while they are leaves nothing was booked to: no voucher line (draft or
--   posted), no balance row, and no pending generated voucher (batch mode) names them. A leaf that has lines stays a
--   leaf, with its 其中 lines zero; the templates and the close post there instead of the detail
--   (ChartOfAccounts.postingAccount). A code the tenant already used for its own sub-account is left as it is.
-- Each detail takes its parent's class, direction and required dimensions, as a sub-account added by hand does.

with detail (code, name) as (values
    ('530101', '政府补助'), ('530102', '非流动资产处置净收益'), ('530103', '盘盈收益'), ('530104', '捐赠收益'),
    ('530199', '其他'),
    ('540301', '消费税'), ('540302', '营业税'), ('540303', '城市维护建设税'), ('540304', '资源税'),
    ('540305', '土地增值税'), ('540306', '城镇土地使用税'), ('540307', '房产税'), ('540308', '车船税'),
    ('540309', '印花税'), ('540310', '教育费附加'), ('540311', '地方教育附加'), ('540312', '矿产资源补偿费'),
    ('540313', '排污费/环境保护税'), ('540399', '其他'),
    ('560108', '商品维修费'), ('560109', '业务宣传费'), ('560208', '开办费'), ('560209', '研究费用'),
    ('571101', '坏账损失'), ('571102', '无法收回的长期债券投资损失'), ('571103', '无法收回的长期股权投资损失'),
    ('571104', '自然灾害等不可抗力因素造成的损失'), ('571105', '税收滞纳金'), ('571106', '存货盘亏毁损报废损失'),
    ('571107', '非流动资产处置净损失'), ('571108', '罚款罚金和被没收财物损失'), ('571109', '捐赠支出'),
    ('571199', '其他')),
parent as (
    select p.tenant_id, p.code, p.account_type, p.direction, p.required_dimensions
    from accounts p
    where p.code in ('5601', '5602')
      and exists (select 1 from accounts c where c.tenant_id = p.tenant_id and c.code like p.code || '__')
    union all
    select p.tenant_id, p.code, p.account_type, p.direction, p.required_dimensions
    from accounts p
    where p.code in ('5301', '5403', '5711')
      and not exists (select 1 from accounts c where c.tenant_id = p.tenant_id and c.code like p.code || '__%')
      and not exists (select 1 from voucher_lines l where l.tenant_id = p.tenant_id and l.account_code = p.code)
      and not exists (select 1 from account_balances b where b.tenant_id = p.tenant_id and b.account_code = p.code)
      and not exists (select 1 from voucher_generation_pending g
                      where g.tenant_id = p.tenant_id and g.lines ~ ('(^|\n)[DC]\t' || p.code || '\t'))
)
insert into accounts (tenant_id, code, name, account_type, direction, required_dimensions)
select p.tenant_id, d.code, d.name, p.account_type, p.direction, p.required_dimensions
from parent p
join detail d on substr(d.code, 1, 4) = p.code
where not exists (select 1 from accounts x where x.tenant_id = p.tenant_id and x.code = d.code)
order by p.tenant_id, d.code;
