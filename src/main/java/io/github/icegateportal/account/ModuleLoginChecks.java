package io.github.icegateportal.account;

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

/** The login's checks answered by the directory and OTP modules. */
@Component
class ModuleLoginChecks implements LoginChecks {

    private static final Logger log = LoggerFactory.getLogger(ModuleLoginChecks.class);

    private final DgftDirectory dgft;
    private final AccountOtps otps;

    ModuleLoginChecks(DgftDirectory dgft, AccountOtps otps) {
        this.dgft = dgft;
        this.otps = otps;
    }

    /** Until the captcha module is on main the login asks for no captcha. */
    @Override
    public boolean captchaPasses(String captchaId, String answer) {
        return true;
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
    public void addCaptcha(Model model) {}

    @Override
    public UUID startOtpStep(Account account, String remoteAddress) {
        return otps.startLogin(account, remoteAddress);
    }
}
