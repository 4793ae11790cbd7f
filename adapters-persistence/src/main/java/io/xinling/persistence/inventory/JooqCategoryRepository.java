package io.xinling.persistence.inventory;

import io.xinling.application.inventory.BrandView;
import io.xinling.application.inventory.port.CategoryRepository;
import io.xinling.domain.catalog.Brand;
import io.xinling.domain.catalog.BrandId;
import io.xinling.domain.catalog.Category;
import io.xinling.domain.catalog.CategoryId;
import io.xinling.domain.kernel.TenantId;
import io.xinling.persistence.jooq.tables.records.BrandsRecord;
import org.jooq.DSLContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.xinling.persistence.jooq.Sequences.CATALOG_ID_SEQ;
import static io.xinling.persistence.jooq.Tables.BRANDS;
import static io.xinling.persistence.jooq.Tables.CATEGORIES;

/** Categories and brands in PostgreSQL; names are jsonb keyed by language tag. */
public final class JooqCategoryRepository implements CategoryRepository {

    private final DSLContext dsl;

    public JooqCategoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long nextId() {
        return dsl.nextval(CATALOG_ID_SEQ);
    }

    @Override
    public Map<Category, String> categories(TenantId tenant, boolean lock) {
        var select = dsl.selectFrom(CATEGORIES).where(CATEGORIES.TENANT_ID.eq(tenant.value())).orderBy(CATEGORIES.CATEGORY_ID);
        Map<Category, String> all = new LinkedHashMap<>();
        (lock ? select.forUpdate() : select).forEach(r -> all.put(new Category(new CategoryId(r.getCategoryId()),
                Optional.ofNullable(r.getParentId()).map(CategoryId::new),
                NamesJson.name(r.getDefaultLanguage(), r.getNames())), r.getCode()));
        return all;
    }

    @Override
    public boolean categoryExists(TenantId tenant, CategoryId id) {
        return dsl.fetchExists(CATEGORIES, CATEGORIES.TENANT_ID.eq(tenant.value()).and(CATEGORIES.CATEGORY_ID.eq(id.value())));
    }

    @Override
    public boolean categoryCodeTaken(TenantId tenant, String code) {
        return dsl.fetchExists(CATEGORIES, CATEGORIES.TENANT_ID.eq(tenant.value()).and(CATEGORIES.CODE.eq(code)));
    }

    @Override
    public void insert(TenantId tenant, Category category, String code) {
        dsl.insertInto(CATEGORIES).set(CATEGORIES.TENANT_ID, tenant.value())
                .set(CATEGORIES.CATEGORY_ID, category.id().value()).set(CATEGORIES.CODE, code)
                .set(CATEGORIES.PARENT_ID, category.parent().map(CategoryId::value).orElse(null))
                .set(CATEGORIES.DEFAULT_LANGUAGE, category.name().defaultLanguage())
                .set(CATEGORIES.NAMES, NamesJson.names(category.name())).execute();
    }

    @Override
    public void update(TenantId tenant, Category category) {
        dsl.update(CATEGORIES).set(CATEGORIES.PARENT_ID, category.parent().map(CategoryId::value).orElse(null))
                .set(CATEGORIES.DEFAULT_LANGUAGE, category.name().defaultLanguage())
                .set(CATEGORIES.NAMES, NamesJson.names(category.name()))
                .where(CATEGORIES.TENANT_ID.eq(tenant.value()).and(CATEGORIES.CATEGORY_ID.eq(category.id().value())))
                .execute();
    }

    @Override
    public void insert(TenantId tenant, BrandView brand) {
        dsl.insertInto(BRANDS).set(BRANDS.TENANT_ID, tenant.value()).set(BRANDS.BRAND_ID, brand.brand().id().value())
                .set(BRANDS.CODE, brand.code()).set(BRANDS.DEFAULT_LANGUAGE, brand.brand().name().defaultLanguage())
                .set(BRANDS.NAMES, NamesJson.names(brand.brand().name())).execute();
    }

    @Override
    public boolean brandCodeTaken(TenantId tenant, String code) {
        return dsl.fetchExists(BRANDS, BRANDS.TENANT_ID.eq(tenant.value()).and(BRANDS.CODE.eq(code)));
    }

    @Override
    public Optional<BrandView> brand(TenantId tenant, BrandId id) {
        return dsl.selectFrom(BRANDS).where(BRANDS.TENANT_ID.eq(tenant.value()).and(BRANDS.BRAND_ID.eq(id.value())))
                .fetchOptional().map(JooqCategoryRepository::brand);
    }

    @Override
    public List<BrandView> brands(TenantId tenant) {
        return dsl.selectFrom(BRANDS).where(BRANDS.TENANT_ID.eq(tenant.value())).orderBy(BRANDS.CODE)
                .fetch(JooqCategoryRepository::brand);
    }

    private static BrandView brand(BrandsRecord r) {
        return new BrandView(new Brand(new BrandId(r.getBrandId()), NamesJson.name(r.getDefaultLanguage(), r.getNames())),
                r.getCode());
    }
}
