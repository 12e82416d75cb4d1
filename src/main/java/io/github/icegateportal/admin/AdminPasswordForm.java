package io.github.icegateportal.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record AdminPasswordForm(
        @NotBlank(message = "{admin.password.currentRequired}") @Size(max = 200)
        String currentPassword,

        @NotBlank(message = "{field.password.required}") @Size(max = 200)
        String newPassword,

        @NotBlank(message = "{admin.password.confirmRequired}") @Size(max = 200)
        String confirmPassword) {

    static AdminPasswordForm empty() {
        return new AdminPasswordForm("", "", "");
    }
}
