package io.github.icegateportal.admin;

import io.github.icegateportal.directory.DirectoryFaults;
import io.github.icegateportal.directory.DirectorySource;
import io.github.icegateportal.directory.FaultMode;
import io.github.icegateportal.directory.GstStatus;
import io.github.icegateportal.directory.IecStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * The tools page that every tool's form returns to (with its errors, or after its redirect), and the progress page of
 * a tool's background job.
 */
@Component
class ToolsPage {

    static final String VIEW = "admin/tools";

    private final DirectoryFaults faults;
    private final DirectoryImports imports;
    private final TemporaryPasswordTools temporaryPasswords;

    ToolsPage(DirectoryFaults faults, DirectoryImports imports, TemporaryPasswordTools temporaryPasswords) {
        this.faults = faults;
        this.imports = imports;
        this.temporaryPasswords = temporaryPasswords;
    }

    /** Fills in what the page shows, keeping a form that is already in the model (with its errors); returns the view. */
    String show(Model model) {
        var modes = new EnumMap<DirectorySource, FaultMode>(DirectorySource.class);
        for (var source : DirectorySource.values()) {
            modes.put(source, faults.mode(source));
        }
        model.addAttribute("faultModes", modes);
        model.addAttribute("allModes", FaultMode.values());
        model.addAttribute("iecStatuses", IecStatus.values());
        model.addAttribute("gstStatuses", GstStatus.values());
        model.addAttribute("imports", imports.latest(10));
        model.addAttribute("bulkJobs", temporaryPasswords.latest(5));
        if (!model.containsAttribute("tpForm")) {
            model.addAttribute("tpForm", TemporaryPasswordForm.empty());
        }
        if (!model.containsAttribute("iecForm")) {
            model.addAttribute("iecForm", IecCorrectionForm.empty());
        }
        if (!model.containsAttribute("gstForm")) {
            model.addAttribute("gstForm", GstCorrectionForm.empty());
        }
        return VIEW;
    }

    /** A background job's page; while the job runs, a Refresh header has the browser load it again (no script). */
    static String progress(
            Object job,
            boolean running,
            String refreshSeconds,
            String view,
            Model model,
            HttpServletResponse response) {
        if (running) {
            response.setHeader("Refresh", refreshSeconds);
        }
        model.addAttribute("job", job);
        return view;
    }

    /** The job, or 404 when there is no job of that id. */
    static <J> J found(Optional<J> job) {
        return job.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
