package io.github.icegateportal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.account.Accounts;
import io.github.icegateportal.account.NewAccount;
import io.github.icegateportal.shared.api.PortalApi;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import jakarta.servlet.RequestDispatcher;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every POST form of the portal, found from Spring MVC's own mappings (so a new form is swept without touching this
 * class), receives hostile values in every field: empty, 10,000 characters, Devanagari, emoji, RTL marks and NUL,
 * markup and script, letters where digits belong, forged extra fields, and the same form replayed. The portal must
 * never answer 5xx, never show a stack trace or an exception's name, and never echo the hostile markup unescaped.
 * Path variables filled with junk must get the portal's own error page.
 */
@PortalTest
class HostileInputTests {

    static final String SCRIPT = "<script>alert('pwned')</script>";
    static final String MARKUP = "\"><img src=x onerror=alert(1)><b>bold</b>";
    static final String LONG = "x".repeat(10_000);
    static final String UNICODE = "भारत निर्यात 🚢📦 \u202Egnp.exe\u202C \u200F\u0000end";

    /** The hostile values every field is given in turn (all fields of the form at once). */
    static final List<String> HOSTILE = List.of("", LONG, UNICODE, SCRIPT, MARKUP, "abc", "-1", "9".repeat(40));

    /** Paths served by the security filters rather than by a controller: swept like the others. */
    static final List<Form> FILTER_FORMS = List.of(
            new Form("/login", "/login", List.of("username", "password", "captcha", "captchaId"), false),
            new Form("/admin/login", "/admin/login", List.of("username", "password"), false));

    /**
     * Posts with a side effect on the whole shared test database that no field can refuse: starting a bulk
     * temporary-password run sends a message to every IEC holder, which other tests count. Its stop and progress
     * pages are still swept.
     */
    static final Set<String> NOT_SWEPT = Set.of("/admin/tools/temporary-passwords/bulk");

    /** Every page of the portal, the error page included, has the portal's header. */
    private static final String PORTAL_PAGE = "class=\"portal-header\"";

    private static final Pattern TRACE = Pattern.compile(
            "(?:\\b[a-z]+\\.[a-z]+\\.[A-Za-z.]*(?:Exception|Error)\\b|\\bat (?:java|org|io|jdk)\\.[\\w.$]+\\(|"
                    + "Whitelabel|Caused by:|\\b\\w+Exception\\b)");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    /** A DSC registration at its OTP step, so that the wizard's forms are swept on a flow that exists. */
    private String dscFlow;

    @BeforeEach
    void aDscRegistrationAtItsOtpStep() {
        var random = ThreadLocalRandom.current();
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        var pan = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            pan.append(letters.charAt(random.nextInt(letters.length())));
        }
        pan.append('P').append(letters.charAt(random.nextInt(letters.length())));
        pan.append(String.format("%04d", random.nextInt(10_000))).append('Z');
        String iec = pan.toString();
        String email = "hostile." + iec.toLowerCase(Locale.ROOT) + "@example.in";
        String mobile = "9" + String.format("%09d", random.nextInt(1_000_000_000));
        jdbc.update(
                "INSERT INTO dgft_iec (iec, pan, firm_name, email, mobile, address, status, last_updated)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', ?)",
                iec,
                iec,
                "Hostile Input Exports",
                email,
                mobile,
                "1, Test Road, Pune, Maharashtra 411001",
                java.sql.Date.valueOf("2026-01-15"));
        jdbc.update(
                "INSERT INTO dgft_signatory (iec, position, name, pan, role) VALUES (?, 1, ?, ?, 'Proprietor')",
                iec,
                "Asha Tester",
                iec);
        var visitor = new Visitor(mvc);
        visitor.get("/registration/iec/details");
        var result =
                visitor.post("/registration/iec/details", "iec", iec, "pan", iec, "email", email, "mobile", mobile);
        var matcher = Pattern.compile("/registration/iec/([0-9a-f-]{36})/")
                .matcher(result.getResponse().getRedirectedUrl() + "/");
        assertThat(matcher.find()).isTrue();
        dscFlow = matcher.group(1);
    }

    private String newExporter() {
        var random = ThreadLocalRandom.current();
        var id = IcegateId.of("HOSTILE_" + random.nextInt(1_000_000_000));
        accounts.openSimplified(new NewAccount(
                id,
                Iec.of("7" + String.format("%09d", random.nextInt(1_000_000_000))),
                null,
                "Hostile Input Traders",
                EmailAddress.of(id.value().toLowerCase(Locale.ROOT).replace('_', '.') + "@example.in"),
                MobileNumber.of("8" + String.format("%09d", random.nextInt(1_000_000_000))),
                "Kite#Lantern42",
                "10.8.8.8"));
        return id.value();
    }

    @Test
    void theSweepFindsTheFormsOfEveryModule() {
        var paths = forms().stream().map(Form::action).toList();

        assertThat(paths)
                .contains(
                        "/registration/iec/details",
                        "/registration/simplified",
                        "/account/password",
                        "/admin/admins",
                        "/admin/tools/imports",
                        "/demo/dsc",
                        "/login")
                .hasSizeGreaterThan(30);
    }

    @Test
    void everyFormSurvivesHostileValuesInEveryField() {
        var findings = new ArrayList<String>();
        for (var form : forms()) {
            if (NOT_SWEPT.contains(form.action())) {
                continue;
            }
            Visitor visitor = visitorFor(form.action());
            for (String value : HOSTILE) {
                String[] params = form.fields().stream()
                        .flatMap(field -> Stream.of(field, value))
                        .toArray(String[]::new);
                showForm(visitor, form);
                var result = form.multipart()
                        ? visitor.upload(form.action(), file("file", "report.pdf", value), params)
                        : visitor.post(form.action(), params);
                check(findings, form.action() + " with " + describe(value), result, visitor);
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void forgedExtraFieldsAndAReplayedFormChangeNothingAndBreakNothing() {
        var findings = new ArrayList<String>();
        for (var form : forms()) {
            if (NOT_SWEPT.contains(form.action())) {
                continue;
            }
            Visitor visitor = visitorFor(form.action());
            var params = new ArrayList<String>();
            for (String field : form.fields()) {
                params.add(field);
                params.add("1");
            }
            params.addAll(List.of(
                    "status", "APPROVED",
                    "id", UUID.randomUUID().toString(),
                    "version", "-1",
                    "route", "DSC",
                    "mayFile", "true",
                    "role", "ROLE_ADMIN",
                    "reviewedBy", "admin"));
            String[] forged = params.toArray(String[]::new);
            showForm(visitor, form);
            for (int replay = 0; replay < 2; replay++) {
                var result = form.multipart()
                        ? visitor.upload(form.action(), file("file", "a.csv", "iec\n"), forged)
                        : visitor.post(form.action(), forged);
                check(findings, form.action() + (replay == 0 ? " forged" : " replayed"), result, visitor);
            }
        }
        assertThat(findings).isEmpty();
    }

    /**
     * An anonymous visitor has no HTTP session: every form a person can post without signing in, posted wrongly (every
     * field "abc") and its answer followed, is never a 5xx, sets no session cookie and leaves no row in
     * {@code spring_session}; a failed step keeps its state in the row its address names, not in flash attributes.
     */
    @Test
    void everyAnonymousFormPostedWronglyStartsNoSession() {
        var findings = new ArrayList<String>();
        var anonymous = forms().stream()
                .filter(form -> !form.action().startsWith("/admin")
                        && !form.action().startsWith("/account")
                        && !form.action().startsWith("/dashboard")
                        && !form.action().startsWith("/filing")
                        && !form.action().equals("/logout"))
                .toList();
        assertThat(anonymous)
                .extracting(Form::action)
                .contains(
                        "/login",
                        "/login/forgot-password",
                        "/login/forgot-password/verify",
                        "/registration/simplified");
        for (var form : anonymous) {
            int before = sessionRows();
            var visitor = new Visitor(mvc);
            String[] params = form.fields().stream()
                    .flatMap(field -> Stream.of(field, "abc"))
                    .toArray(String[]::new);
            showForm(visitor, form);
            var result = form.multipart()
                    ? visitor.upload(form.action(), file("file", "report.pdf", "abc"), params)
                    : visitor.post(form.action(), params);
            int status = result.getResponse().getStatus();
            String location = result.getResponse().getRedirectedUrl();
            if (location != null && location.startsWith("/") && !location.startsWith("//")) {
                status = Math.max(status, visitor.follow(result).getResponse().getStatus());
            }
            if (status >= 500) {
                findings.add(form.action() + " answered " + status);
            }
            if (visitor.hasCookie("SESSION") || visitor.hasCookie("JSESSIONID")) {
                findings.add(form.action() + " set a session cookie");
            }
            if (sessionRows() != before) {
                findings.add(form.action() + " wrote a row to spring_session");
            }
        }
        assertThat(findings).isEmpty();
    }

    private int sessionRows() {
        return jdbc.queryForObject("SELECT count(*) FROM spring_session", Integer.class);
    }

    @Test
    void uploadsOfAnEmptyFileOrAFileWhoseContentBeliesItsNameAreRefusedPolitely() {
        var findings = new ArrayList<String>();
        for (var form : forms()) {
            if (!form.multipart()) {
                continue;
            }
            Visitor visitor = visitorFor(form.action());
            for (var file : List.of(
                    new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]),
                    new MockMultipartFile("signature", "empty.p7s", "application/pkcs7-signature", new byte[0]),
                    new MockMultipartFile("file", "scan.pdf", "application/pdf", "MZ\u0090\u0000 not a pdf".getBytes()),
                    new MockMultipartFile("signature", "dsc.p7s", "application/pkcs7-signature", SCRIPT.getBytes()),
                    new MockMultipartFile("file", "rows.csv", "text/csv", new byte[] {(byte) 0xff, (byte) 0xd8, 0}))) {
                showForm(visitor, form);
                String[] params = form.fields().stream()
                        .filter(field -> !field.equals(file.getName()))
                        .flatMap(field -> Stream.of(field, field.equals("kind") ? "IEC" : "PAN_CARD"))
                        .toArray(String[]::new);
                var result = visitor.upload(form.action(), file, params);
                check(findings, form.action() + " upload " + file.getOriginalFilename(), result, visitor);
            }
        }
        assertThat(findings).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/admin/registrations/not-a-uuid",
                "/admin/registrations/<script>",
                "/admin/registrations/not-a-uuid/documents/not-a-number",
                "/admin/registrations/not-a-uuid/documents/not-a-uuid/view",
                "/admin/tools/imports/not-a-uuid",
                "/admin/tools/imports/not-a-uuid/refused.csv",
                "/admin/tools/temporary-passwords/bulk/not-a-uuid"
            })
    void junkInAnAdminPathGetsThePortalsOwnPage(String path) {
        var admin = visitorFor("/admin");

        var result = admin.get(path);

        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
        assertThat(shown(result)).as(path).contains(PORTAL_PAGE).doesNotContainPattern(TRACE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/registration/iec/not-a-uuid/otp",
                "/registration/iec/<script>/documents",
                "/registration/iec/12345/dsc",
                "/registration/iec/not-a-uuid/submitted",
                "/registration/simplified/not-a-uuid/otp",
                "/registration/simplified/not-a-uuid/icegate-id",
                "/demo/dsc/not-a-uuid",
                "/demo/outbox/not-a-number"
            })
    void junkInAPublicPathGetsThePortalsOwnPage(String path) {
        var result = new Visitor(mvc).get(path);

        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
        assertThat(shown(result)).as(path).contains(PORTAL_PAGE).doesNotContainPattern(TRACE);
    }

    @ParameterizedTest
    @MethodSource("postsWithPathVariables")
    void junkInThePathOfAPostGetsThePortalsOwnPage(String pattern) {
        String path = pattern.replaceAll("\\{[^}]+}", "not-a-uuid");
        var visitor = visitorFor(path);
        visitor.get(path.startsWith("/admin") ? "/admin" : "/");

        var result = visitor.post(path, "x", "1");

        int status = result.getResponse().getStatus();
        if (status == 302) {
            return; // a flow that does not exist sends the person back to its start: polite too
        }
        assertThat(status).as(path).isIn(400, 404);
        assertThat(shown(result)).as(path).contains(PORTAL_PAGE).doesNotContainPattern(TRACE);
    }

    static Stream<String> postsWithPathVariables() {
        return Stream.of(
                "/registration/iec/{id}/otp",
                "/registration/iec/{id}/otp/resend",
                "/registration/iec/{id}/dsc/renew",
                "/registration/iec/{id}/icegate-id",
                "/registration/iec/{id}/submit",
                "/registration/simplified/{id}/icegate-id",
                "/registration/simplified/{id}/otp",
                "/registration/simplified/{id}/finish",
                "/admin/registrations/{reference}/approve",
                "/admin/admins/{id}/disable",
                "/admin/tools/temporary-passwords/bulk/{id}/stop");
    }

    // --- the forms, from Spring MVC's mappings ---------------------------------------------------------------------

    /** A POST handler: where it is posted, the page that shows it (or null), its fields, and whether it uploads. */
    record Form(String action, String page, List<String> fields, boolean multipart) {}

    List<Form> forms() {
        var gets = new LinkedHashSet<String>();
        var forms = new LinkedHashMap<String, Form>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (methods(info).contains(RequestMethod.GET)) {
                gets.addAll(info.getPatternValues());
            }
        });
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!methods(info).contains(RequestMethod.POST)
                    || handler.getBeanType().getName().startsWith("org.springframework")
                    || handler.getBeanType().isAnnotationPresent(PortalApi.class)) {
                return; // Spring Boot's /error is where failures end, not a form; the JSON API: ApiHostileInputTests
            }
            for (String pattern : info.getPatternValues()) {
                String action = concrete(pattern);
                var fields = new LinkedHashSet<String>();
                boolean multipart = false;
                for (var parameter : handler.getMethodParameters()) {
                    parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                    Class<?> type = parameter.getParameterType();
                    if (MultipartFile.class.isAssignableFrom(type)) {
                        multipart = true;
                        fields.add(nameOf(parameter));
                    } else if (parameter.hasParameterAnnotation(RequestParam.class)) {
                        fields.add(nameOf(parameter));
                    } else if (type.isRecord() && !ignored(parameter)) {
                        for (RecordComponent component : type.getRecordComponents()) {
                            fields.add(component.getName());
                        }
                    } else if (!ignored(parameter) && !BeanUtils.isSimpleProperty(type)) {
                        for (var property : BeanUtils.getPropertyDescriptors(type)) {
                            if (property.getWriteMethod() != null) {
                                fields.add(property.getName());
                            }
                        }
                    }
                }
                String page = gets.contains(pattern) ? action : null;
                forms.put(action, new Form(action, page, List.copyOf(fields), multipart));
            }
        });
        FILTER_FORMS.forEach(form -> forms.putIfAbsent(form.action(), form));
        return List.copyOf(forms.values());
    }

    private static Set<RequestMethod> methods(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods;
    }

    private static boolean ignored(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return parameter.hasParameterAnnotation(PathVariable.class)
                || parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
                || Model.class.isAssignableFrom(type)
                || BindingResult.class.isAssignableFrom(type)
                || RedirectAttributes.class.isAssignableFrom(type)
                || Principal.class.isAssignableFrom(type)
                || type.getName().startsWith("jakarta.servlet")
                || type.getName().startsWith("org.springframework")
                || type.getName().startsWith("java.");
    }

    private static String nameOf(MethodParameter parameter) {
        var annotation = parameter.getParameterAnnotation(RequestParam.class);
        if (annotation != null && !annotation.name().isEmpty()) {
            return annotation.name();
        }
        if (annotation != null && !annotation.value().isEmpty()) {
            return annotation.value();
        }
        return parameter.getParameterName();
    }

    /** A path that the pattern matches: {@code {channel:email|mobile}} becomes {@code email}, other ids junk UUIDs. */
    String concrete(String pattern) {
        if (pattern.startsWith("/registration/iec/{id}")) {
            pattern = pattern.replace("{id}", dscFlow);
        }
        Matcher matcher = Pattern.compile("\\{(\\w+)(?::([^}]*))?}").matcher(pattern);
        var path = new StringBuilder();
        while (matcher.find()) {
            String regex = matcher.group(2);
            String value =
                    regex != null ? regex.split("\\|")[0] : UUID.randomUUID().toString();
            if ("id".equals(matcher.group(1)) && pattern.startsWith("/admin/admins/")) {
                value = "999999999";
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    // --- visitors and checks ----------------------------------------------------------------------------------------

    private Visitor visitorFor(String path) {
        var visitor = new Visitor(mvc);
        if (path.startsWith("/admin") && !path.startsWith("/admin/login")) {
            visitor.get("/admin/login");
            var login = visitor.post("/admin/login", "username", "admin", "password", "Admin-Test-Pa55!");
            assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/admin");
        } else if (path.startsWith("/account") || path.startsWith("/dashboard") || path.startsWith("/filing")) {
            visitor.get("/login");
            var login = visitor.post("/login", "username", newExporter(), "password", "Kite#Lantern42");
            assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/dashboard");
        }
        return visitor;
    }

    private static void showForm(Visitor visitor, Form form) {
        visitor.get(form.page() != null ? form.page() : form.action().startsWith("/admin") ? "/admin" : "/");
    }

    private static MockMultipartFile file(String name, String fileName, String content) {
        return new MockMultipartFile(name, fileName, "application/pdf", content.getBytes(StandardCharsets.UTF_8));
    }

    private void check(List<String> findings, String what, MvcTestResult result, Visitor visitor) {
        checkPage(findings, what, result);
        String location = result.getResponse().getRedirectedUrl();
        if (location != null && location.startsWith("/") && !location.startsWith("//")) {
            checkPage(findings, what + " -> " + location, visitor.follow(result));
        }
    }

    private void checkPage(List<String> findings, String what, MvcTestResult result) {
        int status = result.getResponse().getStatus();
        String body = Visitor.body(result);
        if (status >= 400 && body.isEmpty()) {
            body = Visitor.body(errorPage(result));
        }
        if (status >= 500) {
            findings.add(
                    what + ": status " + status + " " + result.getResponse().getErrorMessage());
        }
        var trace = TRACE.matcher(body);
        if (trace.find()) {
            findings.add(what + ": shows '" + trace.group() + "'");
        }
        if (body.contains(SCRIPT) || body.contains("<img src=x") || body.contains("<b>bold</b>")) {
            findings.add(what + ": echoes markup unescaped");
        }
        if (status >= 400 && !body.contains(PORTAL_PAGE)) {
            findings.add(what + ": bare " + status + " without the portal's page ("
                    + result.getResponse().getErrorMessage() + ")");
        }
    }

    /**
     * What the servlet container shows after {@code sendError} (MockMvc does not forward to the error page): Spring
     * Boot's error controller rendering the portal's error template for that status and address.
     */
    private MvcTestResult errorPage(MvcTestResult failed) {
        var request = failed.getRequest();
        return mvc.get()
                .uri("/error")
                .accept(org.springframework.http.MediaType.TEXT_HTML)
                .requestAttr(
                        RequestDispatcher.ERROR_STATUS_CODE,
                        failed.getResponse().getStatus())
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI())
                .requestAttr(
                        RequestDispatcher.ERROR_MESSAGE,
                        String.valueOf(failed.getResponse().getErrorMessage()))
                .exchange();
    }

    /** The page a person sees for this answer: the answer itself, or the error page after a bare status. */
    private String shown(MvcTestResult result) {
        String body = Visitor.body(result);
        return result.getResponse().getStatus() >= 400 && body.isEmpty() ? Visitor.body(errorPage(result)) : body;
    }

    private static String describe(String value) {
        if (value.isEmpty()) {
            return "empty";
        }
        return value.length() > 40 ? value.length() + " chars" : "'" + value.replace("\u0000", "\\0") + "'";
    }
}
