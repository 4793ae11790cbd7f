package io.xinling.persistence.inventory;

import io.xinling.application.inventory.Page;
import io.xinling.application.inventory.ProductView;
import io.xinling.application.inventory.port.CatalogRepository;
import io.xinling.domain.catalog.Barcode;
import io.xinling.domain.catalog.BarcodeMatch;
import io.xinling.domain.catalog.BrandId;
import io.xinling.domain.catalog.CategoryId;
import io.xinling.domain.catalog.LocalizedName;
import io.xinling.domain.catalog.Product;
import io.xinling.domain.catalog.ProductId;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.catalog.TrackingPolicy;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Percentage;
import io.xinling.domain.kernel.TaxRate;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.Unit;
import io.xinling.domain.kernel.UnitConversions;
import io.xinling.persistence.jooq.tables.records.ProductsRecord;
import io.xinling.persistence.jooq.tables.records.SkusRecord;
import org.jooq.Condition;
import io.xinling.persistence.common.Jdbc;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.xinling.persistence.jooq.Tables.BARCODES;
import static io.xinling.persistence.jooq.Tables.PRODUCTS;
import static io.xinling.persistence.jooq.Tables.SKUS;
import static io.xinling.persistence.jooq.Tables.SKU_UNITS;
import static io.xinling.persistence.jooq.Sequences.CATALOG_ID_SEQ;

/** Products, SKUs, their units and barcodes; a SKU is rebuilt by hand from its three tables. */
public final class JooqCatalogRepository implements CatalogRepository {

    /**
     * SKUs by id with their units and barcodes, in one fixed statement (see {@link Jdbc}): every document created or
     * posted reads its SKUs (a trade document each of its lines'), which used to take three statements.
     */
    static final String SKUS_BY_ID = """
            select s.sku_id, s.product_id, s.code, s.name, s.base_unit, s.tracking, s.shelf_life_days, s.tax_rate,
                   s.reference_cost, s.batch_costing, s.zero_cost_allowed, coalesce(u.units, '{}'), coalesce(u.factors, '{}'),
                   coalesce(b.codes, '{}'), coalesce(b.units, '{}')
            from skus s
            left join lateral (select array_agg(x.unit order by x.position) as units,
                                      array_agg(x.factor order by x.position) as factors
                               from sku_units x where x.tenant_id = s.tenant_id and x.sku_id = s.sku_id) u on true
            left join lateral (select array_agg(x.code order by x.code) as codes, array_agg(x.unit order by x.code) as units
                               from barcodes x where x.tenant_id = s.tenant_id and x.sku_id = s.sku_id) b on true
            where s.tenant_id = ? and s.sku_id = any(?::bigint[]) order by s.sku_id""";

    private final DSLContext dsl;
    private final Jdbc jdbc;

    public JooqCatalogRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.jdbc = new Jdbc(dsl);
    }

    @Override
    public long nextId() {
        return dsl.nextval(CATALOG_ID_SEQ);
    }

    @Override
    public void save(TenantId tenant, Product product, List<Sku> skus) {
        long t = tenant.value();
        dsl.insertInto(PRODUCTS).set(PRODUCTS.TENANT_ID, t).set(PRODUCTS.PRODUCT_ID, product.id().value())
                .set(PRODUCTS.CODE, product.code()).set(PRODUCTS.NAME, product.name().toString())
                .set(PRODUCTS.DEFAULT_LANGUAGE, product.name().defaultLanguage())
                .set(PRODUCTS.NAMES, NamesJson.names(product.name()))
                .set(PRODUCTS.CATEGORY_ID, product.category().map(CategoryId::value).orElse(null))
                .set(PRODUCTS.BRAND_ID, product.brand().map(BrandId::value).orElse(null))
                .set(PRODUCTS.IMAGES, NamesJson.strings(product.images())).execute();
        for (Sku s : skus) {
            dsl.insertInto(SKUS).set(SKUS.TENANT_ID, t).set(SKUS.SKU_ID, s.id().value())
                    .set(SKUS.PRODUCT_ID, product.id().value()).set(SKUS.CODE, s.code())
                    .set(SKUS.NAME, s.name().toString()).set(SKUS.BASE_UNIT, s.baseUnit().code())
                    .set(SKUS.TRACKING, s.tracking().name()).set(SKUS.SHELF_LIFE_DAYS, s.shelfLifeDays().orElse(null))
                    .set(SKUS.TAX_RATE, s.taxRate().rate().fraction())
                    .set(SKUS.REFERENCE_COST, s.referenceCost().map(Money::minor).orElse(null))
                    .set(SKUS.BATCH_COSTING, s.batchCosting()).set(SKUS.ZERO_COST_ALLOWED, s.zeroCostAllowed())
                    .execute();
            int position = 0;
            for (Map.Entry<Unit, BigDecimal> u : s.units().factors().entrySet()) {
                dsl.insertInto(SKU_UNITS).set(SKU_UNITS.TENANT_ID, t).set(SKU_UNITS.SKU_ID, s.id().value())
                        .set(SKU_UNITS.UNIT, u.getKey().code()).set(SKU_UNITS.FACTOR, u.getValue())
                        .set(SKU_UNITS.POSITION, position++).execute();
            }
            s.barcodes().forEach((code, unit) -> dsl.insertInto(BARCODES).set(BARCODES.TENANT_ID, t)
                    .set(BARCODES.CODE, code.code()).set(BARCODES.SKU_ID, s.id().value())
                    .set(BARCODES.UNIT, unit.code()).execute());
        }
    }

    @Override
    public boolean productCodeTaken(TenantId tenant, String code) {
        return dsl.fetchExists(PRODUCTS, PRODUCTS.TENANT_ID.eq(tenant.value()).and(PRODUCTS.CODE.eq(code)));
    }

    @Override
    public List<String> skuCodesTaken(TenantId tenant, Collection<String> codes) {
        return dsl.select(SKUS.CODE).from(SKUS).where(SKUS.TENANT_ID.eq(tenant.value()).and(SKUS.CODE.in(codes)))
                .fetch(SKUS.CODE);
    }

    @Override
    public List<String> barcodesTaken(TenantId tenant, Collection<String> codes) {
        return dsl.select(BARCODES.CODE).from(BARCODES)
                .where(BARCODES.TENANT_ID.eq(tenant.value()).and(BARCODES.CODE.in(codes))).fetch(BARCODES.CODE);
    }

    @Override
    public Optional<ProductView> findProduct(TenantId tenant, ProductId id) {
        return dsl.selectFrom(PRODUCTS).where(PRODUCTS.TENANT_ID.eq(tenant.value()).and(PRODUCTS.PRODUCT_ID.eq(id.value())))
                .fetchOptional().map(r -> product(r, skus(tenant, SKUS.PRODUCT_ID.eq(id.value()))));
    }

    private static ProductView product(ProductsRecord r, List<Sku> skus) {
        return new ProductView(new Product(new ProductId(r.getProductId()), r.getCode(),
                NamesJson.name(r.getDefaultLanguage(), r.getNames()),
                Optional.ofNullable(r.getCategoryId()).map(CategoryId::new),
                Optional.ofNullable(r.getBrandId()).map(BrandId::new), NamesJson.strings(r.getImages())), skus);
    }

    @Override
    public Optional<Sku> findSku(TenantId tenant, SkuId id) {
        return skus(tenant, List.of(id.value())).stream().findFirst();
    }

    @Override
    public Optional<BarcodeMatch> findBarcode(TenantId tenant, String code) {
        return dsl.selectFrom(BARCODES).where(BARCODES.TENANT_ID.eq(tenant.value()).and(BARCODES.CODE.eq(code)))
                .fetchOptional().map(r -> new BarcodeMatch(new SkuId(r.getSkuId()), Unit.of(r.getUnit())));
    }

    @Override
    public List<Sku> allSkus(TenantId tenant) {
        return skus(tenant, DSL.trueCondition());
    }

    @Override
    public Page<ProductView> products(TenantId tenant, String text, int limit, int offset) {
        Condition where = PRODUCTS.TENANT_ID.eq(tenant.value());
        if (!text.isEmpty()) {
            String like = "%" + escape(text) + "%";
            where = where.and(PRODUCTS.CODE.likeIgnoreCase(like, '\\')
                    .or(DSL.field("{0}::text", String.class, PRODUCTS.NAMES).likeIgnoreCase(like, '\\'))
                    .or(DSL.exists(DSL.selectOne().from(SKUS).where(SKUS.TENANT_ID.eq(PRODUCTS.TENANT_ID)
                            .and(SKUS.PRODUCT_ID.eq(PRODUCTS.PRODUCT_ID)).and(skuMatches(like))))));
        }
        int total = dsl.fetchCount(PRODUCTS, where);
        List<ProductsRecord> rows = dsl.selectFrom(PRODUCTS).where(where).orderBy(PRODUCTS.CODE, PRODUCTS.PRODUCT_ID)
                .limit(limit).offset(offset).fetch();
        Map<Long, List<Sku>> skus = new HashMap<>();
        if (!rows.isEmpty()) {
            skus(tenant, SKUS.PRODUCT_ID.eq(DSL.any(rows.stream().map(ProductsRecord::getProductId).toArray(Long[]::new))))
                    .forEach(s -> skus.computeIfAbsent(s.product().value(), k -> new ArrayList<>()).add(s));
        }
        return new Page<>(rows.stream().map(r -> product(r, skus.getOrDefault(r.getProductId(), List.of()))).toList(),
                total, limit, offset);
    }

    @Override
    public Page<Sku> skus(TenantId tenant, String text, int limit, int offset) {
        Condition where = SKUS.TENANT_ID.eq(tenant.value());
        if (!text.isEmpty()) {
            where = where.and(skuMatches("%" + escape(text) + "%"));
        }
        int total = dsl.fetchCount(SKUS, where);
        List<Long> ids = dsl.select(SKUS.SKU_ID).from(SKUS).where(where).orderBy(SKUS.CODE, SKUS.SKU_ID)
                .limit(limit).offset(offset).fetch(SKUS.SKU_ID);
        Map<Long, Sku> byId = new HashMap<>();
        skus(tenant, ids).forEach(s -> byId.put(s.id().value(), s));
        return new Page<>(ids.stream().map(byId::get).toList(), total, limit, offset);
    }

    private static Condition skuMatches(String like) {
        return SKUS.CODE.likeIgnoreCase(like, '\\').or(SKUS.NAME.likeIgnoreCase(like, '\\'))
                .or(DSL.exists(DSL.selectOne().from(BARCODES).where(BARCODES.TENANT_ID.eq(SKUS.TENANT_ID)
                        .and(BARCODES.SKU_ID.eq(SKUS.SKU_ID)).and(BARCODES.CODE.likeIgnoreCase(like, '\\')))));
    }

    /** The text as a LIKE pattern matching it literally. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public List<Sku> skus(TenantId tenant, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : jdbc.query(SKUS_BY_ID, JooqCatalogRepository::skus, tenant.value(),
                ids.toArray(Long[]::new));
    }

    /** The rows of {@link #SKUS_BY_ID}. */
    static List<Sku> skus(ResultSet rows) throws SQLException {
        List<Sku> out = new ArrayList<>();
        while (rows.next()) {
            String[] unitCodes = (String[]) rows.getArray(12).getArray();
            BigDecimal[] factors = (BigDecimal[]) rows.getArray(13).getArray();
            List<Map.Entry<String, BigDecimal>> units = new ArrayList<>(unitCodes.length);
            for (int i = 0; i < unitCodes.length; i++) {
                units.add(Map.entry(unitCodes[i], factors[i]));
            }
            String[] codes = (String[]) rows.getArray(14).getArray();
            String[] codeUnits = (String[]) rows.getArray(15).getArray();
            Map<Barcode, Unit> barcodes = new LinkedHashMap<>();
            for (int i = 0; i < codes.length; i++) {
                barcodes.put(new Barcode(codes[i]), Unit.of(codeUnits[i]));
            }
            out.add(toSku(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4), rows.getString(5),
                    rows.getString(6), rows.getObject(7, Integer.class), rows.getBigDecimal(8),
                    rows.getObject(9, Long.class), rows.getBoolean(10), rows.getBoolean(11), units, barcodes));
        }
        return out;
    }

    private List<Sku> skus(TenantId tenant, Condition which) {
        long t = tenant.value();
        List<SkusRecord> rows = dsl.selectFrom(SKUS).where(SKUS.TENANT_ID.eq(t).and(which)).orderBy(SKUS.SKU_ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(SkusRecord::getSkuId).toList();
        Map<Long, List<Record>> units = new HashMap<>();
        dsl.select(SKU_UNITS.SKU_ID, SKU_UNITS.UNIT, SKU_UNITS.FACTOR).from(SKU_UNITS)
                .where(SKU_UNITS.TENANT_ID.eq(t).and(SKU_UNITS.SKU_ID.in(ids))).orderBy(SKU_UNITS.POSITION)
                .forEach(r -> units.computeIfAbsent(r.get(SKU_UNITS.SKU_ID), k -> new ArrayList<>()).add(r));
        Map<Long, Map<Barcode, Unit>> barcodes = new HashMap<>();
        dsl.selectFrom(BARCODES).where(BARCODES.TENANT_ID.eq(t).and(BARCODES.SKU_ID.in(ids)))
                .forEach(r -> barcodes.computeIfAbsent(r.getSkuId(), k -> new LinkedHashMap<>())
                        .put(new Barcode(r.getCode()), Unit.of(r.getUnit())));
        return rows.stream().map(r -> toSku(r.getSkuId(), r.getProductId(), r.getCode(), r.getName(), r.getBaseUnit(),
                r.getTracking(), r.getShelfLifeDays(), r.getTaxRate(), r.getReferenceCost(), r.getBatchCosting(),
                r.getZeroCostAllowed(), units.getOrDefault(r.getSkuId(), List.<Record>of()).stream()
                        .map(u -> Map.entry(u.get(SKU_UNITS.UNIT), u.get(SKU_UNITS.FACTOR))).toList(),
                barcodes.getOrDefault(r.getSkuId(), Map.of()))).toList();
    }

    private static Sku toSku(long id, long product, String code, String name, String baseUnit, String tracking,
                             Integer shelfLifeDays, BigDecimal taxRate, Long referenceCost, boolean batchCosting,
                             boolean zeroCostAllowed, List<Map.Entry<String, BigDecimal>> unitRows,
                             Map<Barcode, Unit> barcodes) {
        Unit base = Unit.of(baseUnit);
        UnitConversions units = UnitConversions.of(base);
        for (Map.Entry<String, BigDecimal> u : unitRows) {
            if (!u.getKey().equals(base.code())) {
                units = units.with(Unit.of(u.getKey()), u.getValue());
            }
        }
        return new Sku(new SkuId(id), new ProductId(product), code, LocalizedName.zh(name), Map.of(), units, barcodes,
                TrackingPolicy.valueOf(tracking), Optional.ofNullable(shelfLifeDays), new TaxRate(new Percentage(taxRate)),
                Optional.ofNullable(referenceCost).map(Money::cny), batchCosting, zeroCostAllowed);
    }
}
