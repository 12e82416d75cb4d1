package io.github.icegateportal.admin;

import io.github.icegateportal.directory.DgftDirectory;
import io.github.icegateportal.directory.DirectoryFaults;
import io.github.icegateportal.directory.DirectorySource;
import io.github.icegateportal.directory.DirectoryUnavailableException;
import io.github.icegateportal.directory.FaultMode;
import io.github.icegateportal.directory.GstRegistration;
import io.github.icegateportal.directory.GstnDirectory;
import io.github.icegateportal.directory.IecRecord;
import io.github.icegateportal.shared.api.ApiRefusedException;
import io.github.icegateportal.shared.api.PortalApi;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The DGFT and GSTN stubs over the API, for admins (as the tools page): look up a record as the portal's flows see it,
 * switch a directory's fault mode (every instance sees it), and import records from CSV in the background.
 */
@PortalApi
@RequestMapping("/api/v1/admin/directory")
@Tag(name = "Admin: directory stubs", description = "The DGFT and GSTN stubs: look-ups, fault modes, CSV imports")
class AdminDirectoryApi {

    private final DgftDirectory dgft;
    private final GstnDirectory gstn;
    private final DirectoryFaults faults;
    private final DirectoryImports imports;
    private final AdminApiLogins logins;

    AdminDirectoryApi(
            DgftDirectory dgft,
            GstnDirectory gstn,
            DirectoryFaults faults,
            DirectoryImports imports,
            AdminApiLogins logins) {
        this.logins = logins;
        this.dgft = dgft;
        this.gstn = gstn;
        this.faults = faults;
        this.imports = imports;
    }

    record SignatoryResource(String name, String pan, String role) {}

    record IecResource(
            String iec,
            String pan,
            String firmName,
            String entityType,
            String email,
            String mobile,
            String address,
            String status,
            LocalDate lastUpdated,
            List<SignatoryResource> signatories) {

        static IecResource of(IecRecord record) {
            return new IecResource(
                    record.iec().value(),
                    record.pan().value(),
                    record.firmName(),
                    record.entityType() == null ? null : record.entityType().name(),
                    record.email().value(),
                    record.mobile().value(),
                    record.address(),
                    record.status().name(),
                    record.lastUpdated(),
                    record.signatories().stream()
                            .map(s -> new SignatoryResource(s.name(), s.pan().value(), s.role()))
                            .toList());
        }
    }

    record GstResource(
            String gstin, String pan, String legalName, String state, String email, String mobile, String status) {

        static GstResource of(GstRegistration registration) {
            return new GstResource(
                    registration.gstin().value(),
                    registration.pan().value(),
                    registration.legalName(),
                    registration.state(),
                    registration.email().value(),
                    registration.mobile().value(),
                    registration.status().name());
        }
    }

    @GetMapping("/iec/{iec}")
    @Operation(operationId = "dgftLookUp", summary = "An IEC as the DGFT stub answers the flows (in its fault mode)")
    @ApiResponse(responseCode = "200", description = "The record, whatever its status")
    @ApiResponse(responseCode = "400", description = "Not an IEC")
    @ApiResponse(responseCode = "401", description = "No valid admin token")
    @ApiResponse(responseCode = "404", description = "DGFT has no such IEC")
    @ApiResponse(responseCode = "503", description = "DGFT is failing or slow (its fault mode)")
    IecResource iec(@PathVariable String iec, @AuthenticationPrincipal Jwt token) {
        logins.requireAdmin(token);
        Iec parsed = parse(iec, Iec::of, "iec");
        return answer(() -> dgft.findByIec(parsed).map(IecResource::of));
    }

    @GetMapping("/gstin/{gstin}")
    @Operation(operationId = "gstnLookUp", summary = "A GSTIN as the GSTN stub answers the flows (in its fault mode)")
    @ApiResponse(responseCode = "200", description = "The registration, whatever its status")
    @ApiResponse(responseCode = "400", description = "Not a GSTIN")
    @ApiResponse(responseCode = "401", description = "No valid admin token")
    @ApiResponse(responseCode = "404", description = "GSTN has no such GSTIN")
    @ApiResponse(responseCode = "503", description = "GSTN is failing or slow (its fault mode)")
    GstResource gstin(@PathVariable String gstin, @AuthenticationPrincipal Jwt token) {
        logins.requireAdmin(token);
        Gstin parsed = parse(gstin, Gstin::of, "gstin");
        return answer(() -> gstn.findByGstin(parsed).map(GstResource::of));
    }

    @GetMapping("/faults")
    @Operation(operationId = "directoryFaults", summary = "Each directory's fault mode")
    @ApiResponse(responseCode = "200", description = "DGFT's and GSTN's modes")
    @ApiResponse(responseCode = "401", description = "No valid admin token")
    Map<DirectorySource, FaultMode> faults(@AuthenticationPrincipal Jwt token) {
        logins.requireAdmin(token);
        return modes();
    }

    private Map<DirectorySource, FaultMode> modes() {
        Map<DirectorySource, FaultMode> modes = new EnumMap<>(DirectorySource.class);
        for (DirectorySource source : DirectorySource.values()) {
            modes.put(source, faults.mode(source));
        }
        return modes;
    }

    record FaultRequest(@NotNull FaultMode mode) {}

    @PutMapping("/faults/{source}")
    @Operation(
            operationId = "setDirectoryFault",
            summary = "Switch a directory's fault mode (NORMAL, SLOW, FAIL) for every instance; audited")
    @ApiResponse(responseCode = "200", description = "Switched")
    @ApiResponse(responseCode = "400", description = "Unknown source or mode")
    @ApiResponse(responseCode = "401", description = "No valid admin token")
    Map<DirectorySource, FaultMode> setFault(
            @PathVariable DirectorySource source,
            @Valid @RequestBody FaultRequest body,
            @AuthenticationPrincipal Jwt token,
            HttpServletRequest request) {
        faults.set(source, body.mode(), logins.requireAdmin(token), request.getRemoteAddr());
        return modes();
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            operationId = "startDirectoryImport",
            summary = "Import DGFT (kind IEC) or GSTN (kind GST) records from CSV, in the background",
            description = "The columns are those of docs/directory.md; refused rows are counted and listed, the rest"
                    + " kept. Poll the import until its status is no longer RUNNING.")
    @ApiResponse(responseCode = "202", description = "Started")
    @ApiResponse(responseCode = "400", description = "No kind or no file")
    @ApiResponse(responseCode = "401", description = "No valid admin token")
    ResponseEntity<DirectoryImports.ImportJob> startImport(
            @RequestParam(required = false) DirectoryImports.Kind kind,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal Jwt token,
            HttpServletRequest request)
            throws IOException {
        String admin = logins.requireAdmin(token);
        if (kind == null || file == null || file.isEmpty()) {
            throw ApiRefusedException.of(HttpStatus.BAD_REQUEST, "invalid", "api.problem.invalid")
                    .field(
                            kind == null ? "kind" : "file",
                            kind == null ? "admin.tools.importKindRequired" : "admin.tools.importFileRequired");
        }
        UUID id =
                imports.start(kind, file.getOriginalFilename(), file.getInputStream(), admin, request.getRemoteAddr());
        return ResponseEntity.accepted().body(imports.find(id).orElseThrow());
    }

    @GetMapping("/imports/{id}")
    @Operation(operationId = "directoryImport", summary = "An import's progress: lines read, accepted, refused")
    @ApiResponse(responseCode = "200", description = "The import")
    @ApiResponse(responseCode = "401", description = "No valid admin token")
    @ApiResponse(responseCode = "404", description = "No import has this id")
    DirectoryImports.ImportJob importJob(@PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
        logins.requireAdmin(token);
        return imports.find(id)
                .orElseThrow(() -> ApiRefusedException.of(HttpStatus.NOT_FOUND, "not-found", "api.problem.notFound"));
    }

    private static <T> T parse(String raw, Function<String, T> parser, String field) {
        try {
            return parser.apply(raw);
        } catch (InvalidFieldException invalid) {
            throw ApiRefusedException.of(HttpStatus.BAD_REQUEST, "invalid", "api.problem.invalid")
                    .field(field, invalid.messageKey(), invalid.arguments());
        }
    }

    private static <T> T answer(Supplier<java.util.Optional<T>> lookUp) {
        try {
            return lookUp.get()
                    .orElseThrow(
                            () -> ApiRefusedException.of(HttpStatus.NOT_FOUND, "not-found", "api.problem.notFound"));
        } catch (DirectoryUnavailableException unavailable) {
            String source = unavailable.source().messageKey();
            throw ApiRefusedException.of(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "directory-unavailable",
                            unavailable.messageKey(),
                            new org.springframework.context.support.DefaultMessageSourceResolvable(
                                    new String[] {source}, source))
                    .retryAfter(java.time.Duration.ofMinutes(1));
        }
    }
}
