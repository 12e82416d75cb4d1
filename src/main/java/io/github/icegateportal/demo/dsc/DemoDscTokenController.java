package io.github.icegateportal.demo.dsc;

import io.github.icegateportal.demo.DemoOnly;
import io.github.icegateportal.directory.DgftDirectory;
import io.github.icegateportal.directory.DirectoryUnavailableException;
import io.github.icegateportal.directory.IecRecord;
import io.github.icegateportal.directory.Signatory;
import io.github.icegateportal.dsc.DscCertificate;
import io.github.icegateportal.dsc.DscHolder;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.InvalidFieldException;
import io.github.icegateportal.shared.web.RateLimit;
import io.github.icegateportal.shared.web.RateLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The demo DSC token ({@code /demo/dsc}): a person picks an IEC, one of
 * its signatories, a kind of certificate and the text to sign, and gets the {@code .p7s} (with the certificate and
 * its key) that a real token's signer utility would have made, and a way back to the registration step.
 */
@Controller
@DemoOnly
class DemoDscTokenController {

    static final String OTHER_TEXT = "This is not the challenge that the portal showed.";
    static final int MAX_CHALLENGE_LENGTH = 500;

    private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x20-\\x7E]*");
    private static final Pattern SAFE_RETURN = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~/?=&%+]*");
    private static final MediaType PEM = MediaType.parseMediaType("application/x-pem-file");

    private final DemoDscTokens tokens;
    private final DemoCertificateAuthority authority;
    private final DgftDirectory dgft;
    private final RateLimits rateLimits;

    DemoDscTokenController(
            DemoDscTokens tokens, DemoCertificateAuthority authority, DgftDirectory dgft, RateLimits rateLimits) {
        this.tokens = tokens;
        this.authority = authority;
        this.dgft = dgft;
        this.rateLimits = rateLimits;
    }

    @GetMapping("/demo/dsc")
    String initTokenForm(
            @RequestParam(name = "iec", required = false) String iec,
            @RequestParam(name = "challenge", required = false) String challenge,
            @RequestParam(name = "return", required = false) String returnTo,
            Model model) {
        var form = new DemoTokenForm(
                iec == null ? "" : iec.strip(),
                "0",
                DemoCertificateKind.VALID_CLASS_3.name(),
                DemoTokenForm.SIGN_CHALLENGE,
                challenge == null ? "" : challenge,
                safeReturn(returnTo).orElse(""));
        var result = new BeanPropertyBindingResult(form, "demoTokenForm");
        IecRecord record = iec == null || iec.isBlank() ? null : lookUp(iec, result);
        return showForm(form, result, record, model);
    }

    @PostMapping("/demo/dsc")
    String processTokenForm(
            @Valid @ModelAttribute("demoTokenForm") DemoTokenForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request) {
        IecRecord record = lookUp(form.iec(), result);
        Signatory signatory = record == null ? null : signatory(record, form.signatory(), result);
        DemoCertificateKind kind = kind(form.kind(), result);
        String text = textToSign(form, result);
        if (result.hasErrors()) {
            return showForm(form, result, record, model);
        }
        var wait = rateLimits.tryConsume(RateLimit.DEMO_DSC, request.getRemoteAddr());
        if (wait.isPresent()) {
            result.reject("dsc.demo.tooMany", new Object[] {wait.get().toSeconds()}, null);
            return showForm(form, result, record, model);
        }
        DemoToken token = tokens.issue(
                kind, record.iec(), new DscHolder(signatory.name(), signatory.pan()), record.firmName(), text);
        var target = UriComponentsBuilder.fromPath("/demo/dsc/tokens/{id}");
        safeReturn(form.returnTo()).ifPresent(path -> target.queryParam("return", path));
        return "redirect:" + target.buildAndExpand(token.id()).encode().toUriString();
    }

    @GetMapping("/demo/dsc/tokens/{id}")
    String showToken(
            @PathVariable("id") String id,
            @RequestParam(name = "return", required = false) String returnTo,
            Model model) {
        DemoToken token = token(id);
        model.addAttribute("token", token);
        model.addAttribute("certificate", token.details());
        model.addAttribute("kindKey", token.kind().messageKey());
        safeReturn(returnTo)
                .ifPresent(path -> model.addAttribute(
                        "returnUrl",
                        UriComponentsBuilder.fromUriString(path)
                                .queryParam("demoSignature", token.id())
                                .build()
                                .toUriString()));
        return "demo/dsc-token-issued";
    }

    @GetMapping("/demo/dsc/tokens/{id}/challenge.p7s")
    ResponseEntity<byte[]> downloadSignature(@PathVariable("id") String id) {
        return download(
                token(id).signature(), "challenge.p7s", MediaType.parseMediaType("application/pkcs7-signature"));
    }

    @GetMapping("/demo/dsc/tokens/{id}/challenge.txt")
    ResponseEntity<byte[]> downloadSignedText(@PathVariable("id") String id) {
        return download(
                token(id).signedText().getBytes(StandardCharsets.US_ASCII), "challenge.txt", MediaType.TEXT_PLAIN);
    }

    @GetMapping("/demo/dsc/tokens/{id}/cert.pem")
    ResponseEntity<byte[]> downloadCertificate(@PathVariable("id") String id) {
        return download(pem(DscCertificate.pem(token(id).certificate())), "cert.pem", PEM);
    }

    @GetMapping("/demo/dsc/tokens/{id}/key.pem")
    ResponseEntity<byte[]> downloadKey(@PathVariable("id") String id) {
        return download(pem(token(id).keyPem()), "key.pem", PEM);
    }

    @GetMapping("/demo/dsc/root.pem")
    ResponseEntity<byte[]> downloadRoot() {
        return download(pem(DscCertificate.pem(authority.authority().root().certificate())), "root.pem", PEM);
    }

    @GetMapping("/demo/dsc/issuing-ca.pem")
    ResponseEntity<byte[]> downloadIssuingCa() {
        return download(pem(DscCertificate.pem(authority.authority().issuing().certificate())), "issuing-ca.pem", PEM);
    }

    @GetMapping("/demo/dsc/demo-ca.crl")
    ResponseEntity<byte[]> downloadCrl() {
        return download(
                DemoCertificateAuthority.encoded(authority.crl()),
                "demo-ca.crl",
                MediaType.parseMediaType("application/pkix-crl"));
    }

    private String showForm(DemoTokenForm form, BindingResult result, IecRecord record, Model model) {
        model.addAttribute("demoTokenForm", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "demoTokenForm", result);
        model.addAttribute("record", record);
        model.addAttribute("kinds", Arrays.asList(DemoCertificateKind.values()));
        model.addAttribute("otherText", OTHER_TEXT);
        return "demo/dsc-token";
    }

    /** The IEC's record, or null with a message on the {@code iec} field. */
    private IecRecord lookUp(String raw, BindingResult result) {
        Iec iec;
        try {
            iec = Iec.of(raw);
        } catch (InvalidFieldException e) {
            result.rejectValue("iec", e.messageKey(), e.arguments(), null);
            return null;
        }
        try {
            var record = dgft.findByIec(iec);
            if (record.isEmpty()) {
                result.rejectValue("iec", "dsc.demo.iec.unknown");
                return null;
            }
            if (record.get().signatories().isEmpty()) {
                result.rejectValue("iec", "dsc.demo.iec.noSignatories");
                return null;
            }
            return record.get();
        } catch (DirectoryUnavailableException e) {
            result.rejectValue("iec", "dsc.demo.iec.unavailable");
            return null;
        }
    }

    private static Signatory signatory(IecRecord record, String index, BindingResult result) {
        List<Signatory> signatories = record.signatories();
        try {
            return signatories.get(Integer.parseInt(index == null ? "" : index.strip()));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            result.rejectValue("signatory", "dsc.demo.signatory.required");
            return null;
        }
    }

    private static DemoCertificateKind kind(String name, BindingResult result) {
        return Arrays.stream(DemoCertificateKind.values())
                .filter(kind -> kind.name().equals(name))
                .findFirst()
                .orElseGet(() -> {
                    result.rejectValue("kind", "dsc.demo.kind.required");
                    return null;
                });
    }

    private static String textToSign(DemoTokenForm form, BindingResult result) {
        if (DemoTokenForm.SIGN_OTHER_TEXT.equals(form.text())) {
            return OTHER_TEXT;
        }
        if (!DemoTokenForm.SIGN_CHALLENGE.equals(form.text())) {
            result.rejectValue("text", "dsc.demo.text.required");
            return null;
        }
        String challenge = form.challenge() == null ? "" : form.challenge();
        if (challenge.isBlank()) {
            result.rejectValue("challenge", "dsc.demo.challenge.required");
        } else if (challenge.length() > MAX_CHALLENGE_LENGTH) {
            result.rejectValue("challenge", "dsc.demo.challenge.tooLong", new Object[] {MAX_CHALLENGE_LENGTH}, null);
        } else if (!PRINTABLE_ASCII.matcher(challenge).matches()) {
            result.rejectValue("challenge", "dsc.demo.challenge.ascii");
        }
        return challenge;
    }

    /** Only a path on this portal: never another site (no open redirect). */
    static Optional<String> safeReturn(String path) {
        return Optional.ofNullable(path)
                .map(String::strip)
                .filter(value ->
                        value.length() <= 300 && SAFE_RETURN.matcher(value).matches());
    }

    private DemoToken token(String id) {
        return tokens.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static byte[] pem(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static ResponseEntity<byte[]> download(byte[] body, String filename, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }
}
