package io.github.icegateportal.shared.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language and text size are remembered in cookies, never in an HTTP session: an anonymous visitor reading
 * pages must not create a session row.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale HINDI = Locale.forLanguageTag("hi");

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("portal-lang");
        resolver.setDefaultLocale(Locale.ENGLISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setLanguageTagCompliant(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var localeChange = new LocaleChangeInterceptor();
        localeChange.setParamName("lang");
        localeChange.setIgnoreInvalidLocale(true);
        // Not on the error page: it is shown for requests whose parameters may not decode at all (see
        // UndecodableQueryFilter), and its language and text-size links lead back to the page that failed.
        registry.addInterceptor(localeChange).excludePathPatterns("/error");
        registry.addInterceptor(new TextSizeInterceptor()).excludePathPatterns("/error");
    }
}
