package io.github.icegateportal.registration.iec;

import io.github.icegateportal.shared.web.RateLimit;
import io.github.icegateportal.shared.web.RateLimits;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The activation link of an approved registration. Opening the link only shows the form (mail scanners open
 * links); the account is activated when the person confirms with the password chosen at registration.
 */
@Controller
@RequestMapping("/registration/activate")
class ActivationController {

    private static final String VIEW = "registration/activate";

    private final IecReviews reviews;
    private final RateLimits rateLimits;

    ActivationController(IecReviews reviews, RateLimits rateLimits) {
        this.reviews = reviews;
        this.rateLimits = rateLimits;
    }

    @GetMapping
    String initActivationForm(@RequestParam(name = "token", required = false) String token, Model model) {
        model.addAttribute("token", token);
        var link = reviews.view(token).orElse(null);
        model.addAttribute("link", link);
        if (link == null && reviews.used(token)) {
            model.addAttribute("outcome", IecReviews.Activation.USED.name());
        }
        return VIEW;
    }

    @PostMapping
    String processActivationForm(
            @RequestParam(name = "token", required = false) String token,
            @RequestParam(name = "password", required = false) String password,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("token", token);
        var link = reviews.view(token).orElse(null);
        model.addAttribute("link", link);
        var wait = rateLimits.tryConsume(RateLimit.ACTIVATION_ADDRESS, request.getRemoteAddr());
        if (wait.isEmpty() && link != null) {
            // only a link that exists has a bucket, so junk tokens cannot fill the limiter's memory
            wait = rateLimits.tryConsume(RateLimit.ACTIVATION_LINK, token);
            model.addAttribute("limitedPerLink", wait.isPresent());
        }
        if (wait.isPresent()) {
            model.addAttribute("outcome", "WRONG_PASSWORD");
            model.addAttribute("waitSeconds", wait.get().toSeconds());
            return VIEW;
        }
        IecReviews.Activation outcome = reviews.activate(token, password, request.getRemoteAddr());
        model.addAttribute("outcome", outcome.name());
        return VIEW;
    }

    @PostMapping("/new-link")
    String requestNewLink(@RequestParam(name = "token", required = false) String token, Model model) {
        reviews.renewLink(token);
        model.addAttribute("outcome", "NEW_LINK");
        return VIEW;
    }
}
