package io.github.icegateportal.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin's tools page. Each tool has its own controller: {@link DirectoryFaultsController},
 * {@link DirectoryCorrectionController}, {@link DirectoryImportController} and {@link TemporaryPasswordController};
 * the demo outbox is linked from the page.
 */
@Controller
class ToolsController {

    private final ToolsPage page;

    ToolsController(ToolsPage page) {
        this.page = page;
    }

    @GetMapping("/admin/tools")
    String tools(Model model) {
        return page.show(model);
    }
}
