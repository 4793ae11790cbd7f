package io.xinling.domain.catalog;

import io.vavr.control.Either;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The category tree: every parent exists and no category is its own ancestor. */
public final class CategoryTree {

    private final Map<CategoryId, Category> nodes;

    private CategoryTree(Map<CategoryId, Category> nodes) {
        this.nodes = Map.copyOf(nodes);
    }

    public static CategoryTree empty() {
        return new CategoryTree(Map.of());
    }

    /** Adds or moves a category; refused when its parent is unknown or the move makes a cycle. */
    public Either<CatalogError, CategoryTree> put(Category category) {
        if (category.parent().isPresent() && !nodes.containsKey(category.parent().get())) {
            return Either.left(new CatalogError.UnknownCategory(category.parent().get()));
        }
        Map<CategoryId, Category> copy = new HashMap<>(nodes);
        copy.put(category.id(), category);
        CategoryTree tree = new CategoryTree(copy);
        return tree.ancestorsOrCycle(category.id()).isEmpty()
                ? Either.left(new CatalogError.CategoryCycle(category.id()))
                : Either.right(tree);
    }

    public Optional<Category> find(CategoryId id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** The path from the root down to {@code id}, inclusive. */
    public List<CategoryId> path(CategoryId id) {
        return ancestorsOrCycle(id).orElseThrow();
    }

    public boolean isWithin(CategoryId id, CategoryId ancestor) {
        return path(id).contains(ancestor);
    }

    private Optional<List<CategoryId>> ancestorsOrCycle(CategoryId id) {
        List<CategoryId> path = new ArrayList<>();
        Optional<CategoryId> at = Optional.of(id);
        while (at.isPresent()) {
            if (path.contains(at.get())) {
                return Optional.empty();
            }
            path.add(0, at.get());
            at = Optional.ofNullable(nodes.get(at.get())).flatMap(Category::parent);
        }
        return Optional.of(path);
    }
}
