package io.github.icegateportal.admin;

import io.github.icegateportal.directory.DirectoryFaults;
import io.github.icegateportal.directory.DirectorySource;
import io.github.icegateportal.directory.FaultMode;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The fault switches of the directory stubs: a DGFT or GSTN look-up answers normally, slowly or not at all. */
@Controller
class DirectoryFaultsController {

    private final DirectoryFaults faults;

    DirectoryFaultsController(DirectoryFaults faults) {
        this.faults = faults;
    }

    @PostMapping("/admin/tools/faults")
    String processFaultsForm(
            @RequestParam DirectorySource source,
            @RequestParam FaultMode mode,
            Principal principal,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        faults.set(source, mode, principal.getName(), request.getRemoteAddr());
        redirect.addFlashAttribute("faultChanged", source + ": " + mode);
        return "redirect:/admin/tools#faults";
    }
}
