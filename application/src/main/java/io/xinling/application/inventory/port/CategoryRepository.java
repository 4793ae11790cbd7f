package io.xinling.application.inventory.port;

import io.xinling.application.inventory.BrandView;
import io.xinling.domain.catalog.BrandId;
import io.xinling.domain.catalog.Category;
import io.xinling.domain.catalog.CategoryId;
import io.xinling.domain.kernel.TenantId;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The category tree and the brands of a tenant's catalog. */
public interface CategoryRepository {

    long nextId();

    /** Every category of the tenant with its code, locking them against a concurrent move when asked. */
    Map<Category, String> categories(TenantId tenant, boolean lock);

    boolean categoryExists(TenantId tenant, CategoryId id);

    boolean categoryCodeTaken(TenantId tenant, String code);

    void insert(TenantId tenant, Category category, String code);

    void update(TenantId tenant, Category category);

    void insert(TenantId tenant, BrandView brand);

    boolean brandCodeTaken(TenantId tenant, String code);

    Optional<BrandView> brand(TenantId tenant, BrandId id);

    List<BrandView> brands(TenantId tenant);
}
