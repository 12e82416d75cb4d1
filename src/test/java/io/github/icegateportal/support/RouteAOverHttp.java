package io.github.icegateportal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

/** Route A over real HTTP as a person does it, reading the temporary password and the OTPs from the demo outbox. */
public final class RouteAOverHttp {

    /** An IEC holder of the demo data with an eligible IEC and GSTIN pair. */
    public record Holder(String iec, String gstin, String email, String mobile) {}

    /** Anita Joshi, the demo data's spare record for "simplified registration, the straight journey". */
    public static final Holder ANITA_JOSHI =
            new Holder("EFGPJ4821M", "27EFGPJ4821M1Z4", "anita.joshi@example.in", "9850714462");

    private RouteAOverHttp() {}

    /**
     * Registers {@code holder} from the first screen to the done page, each step on the next of {@code instances} in
     * turn (one instance, or several sharing a database); the done page's text.
     */
    public static String finish(
            HttpPerson person, Holder holder, String icegateId, String password, String... instances) throws Exception {
        var next = new Object() {
            int step;

            HttpPerson person() {
                return person.at(instances[step++ % instances.length]);
            }
        };
        next.person().get("/registration/simplified/temporary-password");
        assertThat(person.post(
                                "/registration/simplified/temporary-password",
                                "iec",
                                holder.iec(),
                                "gstin",
                                holder.gstin())
                        .statusCode())
                .isEqualTo(302);
        String temporaryPassword = next.person().latestInOutbox(holder.email(), Pattern.compile("is: (\\S{12})"));

        next.person().get("/registration/simplified");
        HttpResponse<String> details = person.post(
                "/registration/simplified",
                "iec",
                holder.iec(),
                "gstin",
                holder.gstin(),
                "password",
                temporaryPassword);
        String flow = details.headers()
                .firstValue("Location")
                .map(location -> location.replaceFirst("^https?://[^/]+", "").replaceFirst("icegate-id$", ""))
                .orElseThrow(() -> new AssertionError("details not accepted: " + details.body()));

        next.person().get(flow + "icegate-id");
        HttpResponse<String> chosen = person.post(
                flow + "icegate-id",
                "icegateId",
                icegateId,
                "email",
                holder.email(),
                "mobile",
                holder.mobile(),
                "newPassword",
                password,
                "confirmPassword",
                password);
        assertThat(chosen.statusCode()).as("ID step: %s", chosen.body()).isEqualTo(302);

        Pattern otp = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)");
        String mobileOtp = next.person().latestInOutbox(holder.mobile(), otp);
        String emailOtp = person.latestInOutbox(holder.email(), otp);
        next.person().get(flow + "otp");
        HttpResponse<String> verified = person.post(flow + "otp", "mobileOtp", mobileOtp, "emailOtp", emailOtp);
        assertThat(verified.statusCode()).as("OTP step: %s", verified.body()).isEqualTo(302);

        next.person().get(flow + "finish");
        HttpResponse<String> finished = person.post(flow + "finish", "confirm", "true");
        assertThat(finished.statusCode()).as("finish: %s", finished.body()).isEqualTo(302);
        String done = person.follow(finished).body();
        return done.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
    }
}
