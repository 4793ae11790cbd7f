package io.xinling.application.inventory;

import io.vavr.control.Either;
import io.xinling.application.inventory.port.CategoryRepository;
import io.xinling.application.port.Transactor;
import io.xinling.domain.catalog.Brand;
import io.xinling.domain.catalog.BrandId;
import io.xinling.domain.catalog.Category;
import io.xinling.domain.catalog.CategoryId;
import io.xinling.domain.catalog.CategoryTree;
import io.xinling.domain.catalog.LocalizedName;
import io.xinling.domain.kernel.TenantId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the category tree whole: a parent must exist, and a move that would put a category under itself
 * or one of its descendants is refused. Moves lock the tenant's categories, so two concurrent moves
 * cannot together build a cycle that neither makes alone.
 */
public final class CategoryService implements CategoryUseCases {

    private static final int MAX_CODE = 64;

    private final Transactor transactor;
    private final CategoryRepository repository;

    public CategoryService(Transactor transactor, CategoryRepository repository) {
        this.transactor = transactor;
        this.repository = repository;
    }

    @Override
    public Either<StockError, CategoryView> createCategory(CatalogCommands.NewCategory c) {
        Either<StockError, String> code = code(c.code());
        if (code.isLeft()) {
            return Either.left(code.getLeft());
        }
        Either<StockError, LocalizedName> name = Names.parse(c.name(), c.names(), c.defaultLanguage(), null);
        if (name.isLeft()) {
            return Either.left(name.getLeft());
        }
        Either<StockError, Optional<CategoryId>> parent = parent(c.parentId());
        if (parent.isLeft()) {
            return Either.left(parent.getLeft());
        }
        return transactor.inTransaction(() -> {
            if (repository.categoryCodeTaken(c.tenant(), code.get())) {
                return Either.left(new StockError.CodeConflict("category", code.get()));
            }
            Map<Category, String> all = repository.categories(c.tenant(), parent.get().isPresent());
            Category category = new Category(new CategoryId(repository.nextId()), parent.get(), name.get());
            return tree(all).flatMap(tree -> tree.put(category).mapLeft(StockError::of)).map(tree -> {
                repository.insert(c.tenant(), category, code.get());
                return new CategoryView(category, code.get(), tree.path(category.id()));
            });
        });
    }

    @Override
    public Either<StockError, CategoryView> updateCategory(CatalogCommands.UpdateCategory c) {
        Either<StockError, LocalizedName> name = Names.parse(c.name(), c.names(), c.defaultLanguage(), null);
        if (name.isLeft()) {
            return Either.left(name.getLeft());
        }
        Either<StockError, Optional<CategoryId>> parent = parent(c.parentId());
        if (parent.isLeft()) {
            return Either.left(parent.getLeft());
        }
        return transactor.inTransaction(() -> {
            Map<Category, String> all = repository.categories(c.tenant(), true);
            Optional<Map.Entry<Category, String>> current = all.entrySet().stream()
                    .filter(e -> e.getKey().id().value() == c.id()).findFirst();
            if (current.isEmpty()) {
                return Either.left(new StockError.NotFound("catalog", "category", Long.toString(c.id())));
            }
            if (parent.get().filter(p -> p.value() == c.id()).isPresent()) {
                return Either.left(StockError.of(new io.xinling.domain.catalog.CatalogError.CategoryCycle(new CategoryId(c.id()))));
            }
            Category moved = new Category(new CategoryId(c.id()), parent.get(), name.get());
            String code = current.get().getValue();
            return tree(all).flatMap(tree -> tree.put(moved).mapLeft(StockError::of)).map(tree -> {
                repository.update(c.tenant(), moved);
                return new CategoryView(moved, code, tree.path(moved.id()));
            });
        });
    }

    @Override
    public Either<StockError, List<CategoryView>> categories(TenantId tenant) {
        Map<Category, String> all = repository.categories(tenant, false);
        return tree(all).map(tree -> {
            List<CategoryView> views = new ArrayList<>();
            all.forEach((category, code) -> views.add(new CategoryView(category, code, tree.path(category.id()))));
            views.sort(Comparator.comparing((CategoryView v) -> v.path().stream().map(id -> String.format("%019d", id.value()))
                    .reduce("", (a, b) -> a + "/" + b)));
            return views;
        });
    }

    @Override
    public Either<StockError, BrandView> createBrand(CatalogCommands.NewBrand c) {
        Either<StockError, String> code = code(c.code());
        if (code.isLeft()) {
            return Either.left(code.getLeft());
        }
        Either<StockError, LocalizedName> name = Names.parse(c.name(), c.names(), c.defaultLanguage(), null);
        if (name.isLeft()) {
            return Either.left(name.getLeft());
        }
        return transactor.inTransaction(() -> {
            if (repository.brandCodeTaken(c.tenant(), code.get())) {
                return Either.left(new StockError.CodeConflict("brand", code.get()));
            }
            BrandView brand = new BrandView(new Brand(new BrandId(repository.nextId()), name.get()), code.get());
            repository.insert(c.tenant(), brand);
            return Either.right(brand);
        });
    }

    @Override
    public Either<StockError, List<BrandView>> brands(TenantId tenant) {
        return Either.right(repository.brands(tenant));
    }

    /** The tree the stored categories form; inserted parents first, so every parent is known when its child comes. */
    private static Either<StockError, CategoryTree> tree(Map<Category, String> all) {
        List<Category> pending = new ArrayList<>(all.keySet());
        CategoryTree tree = CategoryTree.empty();
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                Category next = it.next();
                if (next.parent().isEmpty() || tree.find(next.parent().get()).isPresent()) {
                    Either<StockError, CategoryTree> put = tree.put(next).mapLeft(StockError::of);
                    if (put.isLeft()) {
                        return put;
                    }
                    tree = put.get();
                    it.remove();
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("stored categories do not form a tree: " + pending);
            }
        }
        return Either.right(tree);
    }

    private static Either<StockError, String> code(String code) {
        if (code == null || code.isBlank() || code.length() > MAX_CODE) {
            return Either.left(new StockError.Invalid("code", "is required, at most " + MAX_CODE + " characters"));
        }
        return Either.right(code.strip());
    }

    private static Either<StockError, Optional<CategoryId>> parent(Long parentId) {
        if (parentId == null) {
            return Either.right(Optional.empty());
        }
        return parentId < 1 ? Either.left(new StockError.Invalid("parentId", "is a category id"))
                : Either.right(Optional.of(new CategoryId(parentId)));
    }
}
