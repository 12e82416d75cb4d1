package io.github.icegateportal.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

record NewAdminForm(
        @NotBlank(message = "{admin.admins.usernameRequired}")
        @Pattern(regexp = AdminAccounts.USERNAME_PATTERN, message = "{admin.admins.usernameFormat}")
        String username) {}
