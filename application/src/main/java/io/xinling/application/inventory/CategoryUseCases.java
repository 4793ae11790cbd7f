package io.xinling.application.inventory;

import io.vavr.control.Either;
import io.xinling.domain.kernel.TenantId;

import java.util.List;

/** The category tree (create, rename, move without cycles) and brands. */
public interface CategoryUseCases {

    Either<StockError, CategoryView> createCategory(CatalogCommands.NewCategory command);

    Either<StockError, CategoryView> updateCategory(CatalogCommands.UpdateCategory command);

    Either<StockError, List<CategoryView>> categories(TenantId tenant);

    Either<StockError, BrandView> createBrand(CatalogCommands.NewBrand command);

    Either<StockError, List<BrandView>> brands(TenantId tenant);
}
