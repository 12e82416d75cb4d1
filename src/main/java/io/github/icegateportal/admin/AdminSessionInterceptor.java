package io.github.icegateportal.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks the signed-in admin on every admin page: one who was disabled meanwhile is signed out at the next click,
 * and one who still has the password from the log must change it before anything else.
 */
@Configuration(proxyBeanMethods = false)
class AdminSessionInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final AdminAccounts accounts;

    AdminSessionInterceptor(AdminAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns("/admin", "/admin/**")
                .excludePathPatterns("/admin/login", "/admin/login/**", "/admin/logout");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!AdminLoginSecurity.isAdmin(authentication)) {
            return true;
        }
        var admin = accounts.find(authentication.getName());
        if (admin.isEmpty() || !admin.get().enabled()) {
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/admin/login?ended");
            return false;
        }
        if (admin.get().mustChangePassword() && !request.getRequestURI().endsWith("/admin/password")) {
            response.sendRedirect(request.getContextPath() + "/admin/password");
            return false;
        }
        return true;
    }
}
