package io.github.icegateportal.account;

import io.github.icegateportal.captcha.CaptchaService;
import io.github.icegateportal.directory.DgftDirectory;
import io.github.icegateportal.directory.DirectoryUnavailableException;
import io.github.icegateportal.directory.IecRecord;
import io.github.icegateportal.shared.field.Iec;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** The login's checks answered by the captcha, directory and OTP modules. */
@Component
class ModuleLoginChecks implements LoginChecks {

    private static final Logger log = LoggerFactory.getLogger(ModuleLoginChecks.class);

    private final CaptchaService captcha;
    private final DgftDirectory dgft;
    private final AccountOtps otps;

    ModuleLoginChecks(CaptchaService captcha, DgftDirectory dgft, AccountOtps otps) {
        this.captcha = captcha;
        this.dgft = dgft;
        this.otps = otps;
    }

    @Override
    public boolean captchaPasses(String captchaId, String answer) {
        return captcha.passes(captchaId, answer);
    }

    @Override
    public void validateCaptcha(String captchaId, String answer, BindingResult result) {
        captcha.validate(captchaId, answer, result);
    }

    /** An IEC that DGFT cannot be asked about right now does not stop a login: the lock-out and password still do. */
    @Override
    public Optional<String> iecNotActive(Iec iec) {
        try {
            return dgft.findByIec(iec)
                    .filter(record -> !record.isActive())
                    .map(IecRecord::status)
                    .map(Enum::name);
        } catch (DirectoryUnavailableException ex) {
            log.warn("DGFT directory unavailable while checking IEC {} at login", iec);
            return Optional.empty();
        }
    }

    @Override
    public void addCaptcha(Model model) {
        captcha.addTo(model);
    }

    @Override
    public UUID startOtpStep(Account account, String remoteAddress) {
        return otps.startLogin(account, remoteAddress);
    }
}
