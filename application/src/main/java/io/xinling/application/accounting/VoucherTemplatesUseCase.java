package io.xinling.application.accounting;

import io.xinling.domain.accounting.generation.TemplateCatalog;
import io.xinling.domain.accounting.generation.TemplateView;

import java.util.List;
import java.util.Optional;

/** The built-in voucher templates (spec 3.4, 4.1), read-only: the same for every tenant. */
public final class VoucherTemplatesUseCase {

    public List<TemplateView> list() {
        return TemplateCatalog.all();
    }

    public Optional<TemplateView> find(String id) {
        return TemplateCatalog.find(id);
    }
}
