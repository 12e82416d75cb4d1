package io.github.icegateportal.account;

import io.github.icegateportal.account.OfficeForms.OfficeForm;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.field.Pan;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The admin's issuing offices ({@code /admin/offices}, under the admin chain's rules): the list and a new office, whose
 * one-time password is shown on the answer to the form only.
 */
@Controller
class AdminOfficesController {

    private final IssuingOffices offices;

    AdminOfficesController(IssuingOffices offices) {
        this.offices = offices;
    }

    @ModelAttribute("adminName")
    String adminName(Principal principal) {
        return principal == null ? "" : principal.getName();
    }

    @GetMapping("/admin/offices")
    String initOfficeForm(Model model) {
        model.addAttribute("form", OfficeForm.empty());
        return page(model);
    }

    @PostMapping("/admin/offices")
    String processOfficeForm(
            @Valid @ModelAttribute("form") OfficeForm form,
            BindingResult result,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        if (result.hasErrors()) {
            return page(model);
        }
        try {
            var created = offices.create(
                    new IssuingOffices.NewOffice(
                            IcegateId.of(form.icegateId()),
                            form.name().strip(),
                            form.city().strip(),
                            EmailAddress.of(form.email()),
                            MobileNumber.of(form.mobile()),
                            form.signatoryName().strip(),
                            Pan.of(form.signatoryPan()),
                            form.signatoryDesignation().strip()),
                    principal.getName(),
                    request.getRemoteAddr());
            // Shown on this answer only, never stored in a session or put in an address.
            model.addAttribute("created", created.office());
            model.addAttribute("oneTimePassword", created.password());
            model.addAttribute("form", OfficeForm.empty());
        } catch (IcegateIdTakenException taken) {
            result.rejectValue("icegateId", "office.admin.icegateId.taken");
        }
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("offices", offices.all());
        return "admin/offices";
    }
}
