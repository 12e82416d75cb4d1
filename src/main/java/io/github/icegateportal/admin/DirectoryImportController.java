package io.github.icegateportal.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Importing DGFT or GSTN records from CSV: in the background, with progress and a report of refused rows. */
@Controller
class DirectoryImportController {

    private final DirectoryImports imports;
    private final ToolsPage page;

    DirectoryImportController(DirectoryImports imports, ToolsPage page) {
        this.imports = imports;
        this.page = page;
    }

    @PostMapping("/admin/tools/imports")
    String processImportForm(
            @RequestParam(required = false) DirectoryImports.Kind kind,
            @RequestParam(required = false) MultipartFile file,
            Principal principal,
            HttpServletRequest request,
            Model model)
            throws IOException {
        if (kind == null || file == null || file.isEmpty()) {
            model.addAttribute(
                    "importError", kind == null ? "admin.tools.importKindRequired" : "admin.tools.importFileRequired");
            return page.show(model);
        }
        UUID id = imports.start(
                kind, file.getOriginalFilename(), file.getInputStream(), principal.getName(), request.getRemoteAddr());
        return "redirect:/admin/tools/imports/" + id;
    }

    /** While the import runs, the page asks the browser to load it again every two seconds (no script needed). */
    @GetMapping("/admin/tools/imports/{id}")
    String importProgress(@PathVariable UUID id, Model model, HttpServletResponse response) {
        var job = ToolsPage.found(imports.find(id));
        return ToolsPage.progress(job, job.running(), "2", "admin/import", model, response);
    }

    @GetMapping("/admin/tools/imports/{id}/refused.csv")
    ResponseEntity<StreamingResponseBody> refusedRows(@PathVariable UUID id) {
        var job = ToolsPage.found(imports.find(id));
        return Csv.attachment("refused-rows-" + id + ".csv", csv -> {
            csv.write("line", "reason");
            imports.forEachRefused(job.id(), row -> csv.write(Long.toString(row.line()), row.reason()));
        });
    }
}
